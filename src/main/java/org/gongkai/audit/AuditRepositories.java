package org.gongkai.audit;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	List<AuditEntry> findByIdGreaterThanOrderByIdAsc(long id, Pageable page);

	/** The latest entry about this kind of object (index audit_entry_object_latest_idx). */
	Optional<AuditEntry> findFirstByObjectTypeOrderByIdDesc(String objectType);

}

interface AuditChainHeadRepository extends JpaRepository<AuditChainHead, Integer> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from AuditChainHead h where h.id = 1")
	AuditChainHead lockHead();

}

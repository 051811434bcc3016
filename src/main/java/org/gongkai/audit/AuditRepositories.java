package org.gongkai.audit;

import java.util.List;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	/** Rows not chained yet, oldest first: the appender's next batch (an index step on chain_position). */
	@Query("select e from AuditEntry e where e.chainPosition is null order by e.id")
	List<AuditEntry> pending(Limit limit);

	boolean existsByChainPositionIsNull();

	long countByChainPositionIsNull();

	/** Chained rows after a place and up to another, in chain order: the verification's next batch. */
	@Query("select e from AuditEntry e where e.chainPosition > ?1 and e.chainPosition <= ?2 order by e.chainPosition")
	List<AuditEntry> chained(long after, long upTo, Limit limit);

	/**
	 * How far the log has come about this kind of object: its chained rows (counted by the appender) plus its rows
	 * not chained yet, i.e. its committed entries. One statement, so that both terms come from the same moment:
	 * read apart, a batch chained in between would be counted twice or not at all.
	 */
	@Query(nativeQuery = true, value = "select coalesce((select chained from audit_kind_progress where object_type = ?1), 0)"
			+ " + (select count(*) from audit_entry where object_type = ?1 and chain_position is null)")
	long progressOfType(String objectType);

	@Query("select distinct e.action from AuditEntry e order by e.action")
	List<String> distinctActions();

	@Query("select distinct e.actorUnit from AuditEntry e where e.actorUnit is not null order by e.actorUnit")
	List<String> distinctActorUnits();

	/**
	 * The latest entry about this kind of object. Ordered like the index audit_entry_object_latest_idx (the
	 * leading equality column included), so that H2 reads its first row instead of sorting every entry.
	 */
	@Query("select e from AuditEntry e where e.objectType = ?1 order by e.objectType, e.id desc")
	List<AuditEntry> latestOfType(String objectType, Limit limit);

}

interface AuditKindProgressRepository extends JpaRepository<AuditKindProgress, String> {
}

interface AuditChainHeadRepository extends JpaRepository<AuditChainHead, Integer> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from AuditChainHead h where h.id = 1")
	AuditChainHead lockHead();

}

package org.gongkai.interpretation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface InterpretationRepository extends JpaRepository<Interpretation, Long>, JpaSpecificationExecutor<Interpretation> {

	Optional<Interpretation> findByDocumentId(long documentId);

	@Query("select i from Interpretation i where i.policyId = ?1 and i.publishedAt is not null order by i.publishedAt, i.id")
	List<Interpretation> findPublishedOfPolicy(long policyId);

	@Query("select i from Interpretation i where (?1 = true or i.unitId in ?2) order by i.createdAt desc, i.id desc")
	List<Interpretation> findForStaff(boolean all, Collection<Long> unitIds, Pageable page);

}

interface InterpretationTaskRepository extends JpaRepository<InterpretationTask, Long> {

	Optional<InterpretationTask> findByPolicyId(long policyId);

	boolean existsByPolicyId(long policyId);

	@Query("select t from InterpretationTask t where (?1 = true or t.unitId in ?2) and t.status in ?3 "
			+ "order by t.dueOn, t.id")
	List<InterpretationTask> findInStatus(boolean all, Collection<Long> unitIds, Collection<TaskStatus> statuses);

	@Query("select t from InterpretationTask t where (?1 = true or t.unitId in ?2) "
			+ "and t.status = org.gongkai.interpretation.TaskStatus.FULFILLED and t.late = true "
			+ "order by t.fulfilledOn desc, t.id desc")
	List<InterpretationTask> findLate(boolean all, Collection<Long> unitIds, Pageable page);

	@Query("select count(t) from InterpretationTask t where (?1 = true or t.unitId in ?2) "
			+ "and t.status = org.gongkai.interpretation.TaskStatus.OPEN and t.dueOn < ?3")
	long countOverdue(boolean all, Collection<Long> unitIds, java.time.LocalDate today);

}

package org.gongkai.consultation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MajorDecisionRepository extends JpaRepository<MajorDecision, Long> {

	@EntityGraph(attributePaths = "steps")
	@Query("select d from MajorDecision d where d.id = ?1")
	Optional<MajorDecision> findWithSteps(long id);

	Page<MajorDecision> findByStatus(DecisionStatus status, Pageable pageable);

	List<MajorDecision> findAllByOrderByUpdatedAtDesc();

	List<MajorDecision> findByUnitIdOrderByUpdatedAtDesc(long unitId);

}

interface DecisionStepRepository extends JpaRepository<DecisionStep, Long> {

	@Query("select s from DecisionStep s where s.decision.id in ?1")
	List<DecisionStep> findByDecisionIds(Collection<Long> decisionIds);

}

interface DecisionEvidenceRepository extends JpaRepository<DecisionEvidence, Long> {

	@Query("select e from DecisionEvidence e join fetch e.step s join fetch s.decision where e.id = ?1")
	Optional<DecisionEvidence> findWithDecision(long id);

	@Query("select e from DecisionEvidence e where e.step.decision.id = ?1 order by e.id")
	List<DecisionEvidence> findByDecisionId(long decisionId);

}

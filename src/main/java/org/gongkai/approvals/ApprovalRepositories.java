package org.gongkai.approvals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ApprovalCaseRepository extends JpaRepository<ApprovalCase, Long>, JpaSpecificationExecutor<ApprovalCase> {

	Optional<ApprovalCase> findByCaseNumber(String caseNumber);

	boolean existsByPowerCode(String powerCode);

	/** Cases decided for an item: how many, how many within the promised limit, average working days used. */
	@Query("select count(c), coalesce(sum(case when c.onTime = true then 1 else 0 end), 0), avg(c.workingDaysUsed) "
			+ "from ApprovalCase c where c.powerCode = ?1 and c.decidedOn is not null")
	Object[] figures(String powerCode);

	/** Running cases (accepted or under review) after {@code afterId}, by id: the due dates a calendar change moves. */
	@Query("select c from ApprovalCase c where c.state in (org.gongkai.approvals.CaseState.ACCEPTED, "
			+ "org.gongkai.approvals.CaseState.UNDER_REVIEW) and c.id > ?1 order by c.id")
	List<ApprovalCase> findRunningAfter(long afterId, Limit limit);

	/** The last change of a decided case and how many are decided: what the public figures depend on. */
	@Query("select max(c.updatedAt), count(c) from ApprovalCase c where c.decidedOn is not null")
	Object[] decidedState();

	/** Running cases (accepted or under review, not suspended) of the units given, due before {@code day}. */
	static Specification<ApprovalCase> dueBefore(LocalDate day) {
		return (root, query, cb) -> cb.and(root.get("state").in(CaseState.ACCEPTED, CaseState.UNDER_REVIEW),
				cb.isFalse(root.get("suspended")), cb.lessThan(root.get("promisedDue"), day));
	}

	static Specification<ApprovalCase> dueBetween(LocalDate first, LocalDate last) {
		return (root, query, cb) -> cb.and(root.get("state").in(CaseState.ACCEPTED, CaseState.UNDER_REVIEW),
				cb.isFalse(root.get("suspended")), cb.between(root.get("promisedDue"), first, last));
	}

	static Specification<ApprovalCase> any() {
		return (root, query, cb) -> null;
	}

	static Specification<ApprovalCase> inUnit(Long unitId) {
		return (root, query, cb) -> unitId == null ? null : cb.equal(root.get("handlingUnitId"), unitId);
	}

	static Specification<ApprovalCase> inState(CaseState state) {
		return (root, query, cb) -> state == null ? null : cb.equal(root.get("state"), state);
	}

	static Specification<ApprovalCase> forItem(String powerCode) {
		return (root, query, cb) -> powerCode == null || powerCode.isBlank() ? null
				: cb.equal(root.get("powerCode"), powerCode.strip());
	}

}

interface CaseSerialRepository extends JpaRepository<CaseSerial, Integer> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from CaseSerial s where s.serialYear = ?1")
	Optional<CaseSerial> lock(int year);

}

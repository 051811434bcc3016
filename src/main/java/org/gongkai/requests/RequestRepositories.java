package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface RequestRepository extends JpaRepository<DisclosureRequest, Long>, JpaSpecificationExecutor<DisclosureRequest> {

	Optional<DisclosureRequest> findByTrackingNumber(String trackingNumber);

	Optional<DisclosureRequest> findBySubmissionKey(String submissionKey);

	/** The applicant's earlier replied applications, newest first: candidates for a repeat (重复申请). */
	@Query("select r from DisclosureRequest r where r.applicant.idNumber = ?1 and r.repliedOn is not null "
			+ "order by r.repliedOn desc")
	List<DisclosureRequest> findRepliedByApplicant(String idNumber);

	/** The applicant's applications received in a period: the monthly count of the per-request fee. */
	@Query("select count(r) from DisclosureRequest r where r.applicant.idNumber = ?1 and r.receivedOn between ?2 and ?3 "
			+ "and r.id <= ?4")
	long countByApplicantUpTo(String idNumber, LocalDate first, LocalDate last, long upToId);

	/** Applications in the given states, newest receipt first: the inbox's candidates. */
	List<DisclosureRequest> findByStatusInOrderByReceivedOnDescIdDesc(Collection<RequestStatus> statuses);

	/** Everything still open (not replied, not closed): the reminder and overdue scans. */
	@Query("select r from DisclosureRequest r where r.status not in ?1")
	List<DisclosureRequest> findByStatusNotIn(Collection<RequestStatus> statuses);

	/**
	 * Applications that matter to a year's report: received by its end, and not concluded before it began.
	 */
	@Query("select r from DisclosureRequest r where r.receivedOn <= ?2 and ((r.repliedOn is null and r.closedOn is null) "
			+ "or r.repliedOn >= ?1 or (r.repliedOn is null and r.closedOn >= ?1))")
	List<DisclosureRequest> findRelevantTo(LocalDate firstDay, LocalDate lastDay);

	long countByUnitIdsContaining(long unitId);

}

interface TrackingSerialRepository extends JpaRepository<TrackingSerial, Integer> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from TrackingSerial s where s.serialYear = ?1")
	Optional<TrackingSerial> lock(int year);

}

package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
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

	/** The application with its stops loaded (what the clock reads), for a batch of ids. */
	@Query("select distinct r from DisclosureRequest r left join fetch r.stops where r.id in ?1")
	List<DisclosureRequest> findWithStops(Collection<Long> ids);

	/**
	 * Stores a clock computed outside the application's own transaction (the back-fill, a calendar change), only if
	 * nothing changed the application meanwhile (its version: a step then stored its own, fresher state). The
	 * version is left as it is (a handler's open form stays valid) unless {@code bump}: a moved due date bumps it,
	 * so that a second recompute of the same change cannot move it, and tell the applicant, twice.
	 */
	@Modifying
	@Query("update DisclosureRequest r set r.clock.dueOn = ?3, r.clock.running = ?4, r.clock.stopped = ?5, "
			+ "r.clock.workingDaysUsed = ?6, r.clock.workingDaysLeft = ?7, r.clock.provisional = ?8, r.clock.asOf = ?9, "
			+ "r.version = r.version + ?10 where r.id = ?1 and r.version = ?2")
	int storeClock(long id, long version, LocalDate dueOn, boolean running, boolean stopped, int used, int left,
			boolean provisional, LocalDate asOf, long bump);

	default boolean storeClock(long id, long version, StoredClock clock, boolean bump) {
		return storeClock(id, version, clock.dueOn(), clock.running(), clock.stopped(), clock.workingDaysUsed(),
				clock.workingDaysLeft(), clock.provisional(), clock.asOf(), bump ? 1 : 0) == 1;
	}

	/** The next batch of rows whose clock was never stored (rows older than the stored clock), by id. */
	@Query("select r.id from DisclosureRequest r where r.clock.asOf is null and r.id > ?1 order by r.id")
	List<Long> idsWithoutClock(long afterId, Limit limit);

	/**
	 * The next batch of open applications whose period can reach a changed calendar day between {@code first} and
	 * {@code last}: counted from on or before {@code last}, and not due before {@code first} (or stopped).
	 */
	@Query("select r.id from DisclosureRequest r where r.status not in ?1 and r.clockStart <= ?3 "
			+ "and (r.clock.dueOn is null or r.clock.dueOn >= ?2) and r.id > ?4 order by r.id")
	List<Long> idsReaching(Collection<RequestStatus> concluded, LocalDate first, LocalDate last, long afterId,
			Limit limit);

	/** The next batch of running clocks due on or after {@code from}: the due dates a calendar change can move. */
	@Query("select r.id from DisclosureRequest r where r.clock.running = true and r.clock.dueOn >= ?1 and r.id > ?2 "
			+ "order by r.id")
	List<Long> idsRunningDueFrom(LocalDate from, long afterId, Limit limit);

	/**
	 * Applications that matter to a year's report: received by its end, and not concluded before it began.
	 */
	@Query("select r from DisclosureRequest r where r.receivedOn <= ?2 and ((r.repliedOn is null and r.closedOn is null) "
			+ "or r.repliedOn >= ?1 or (r.repliedOn is null and r.closedOn >= ?1))")
	List<DisclosureRequest> findRelevantTo(LocalDate firstDay, LocalDate lastDay);

	long countByUnitIdsContaining(long unitId);

	/**
	 * The application its applicant tracks, with its items in the same statement: the lookup then reads the
	 * timeline and the stops with one statement each, however many entries they hold (a written query, so that no
	 * criteria query is derived per lookup from the method's name).
	 */
	@Query("select r from DisclosureRequest r left join fetch r.items where r.trackingNumber = ?1")
	Optional<DisclosureRequest> findForTracking(String trackingNumber);

}

interface TrackingSerialRepository extends JpaRepository<TrackingSerial, Integer> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from TrackingSerial s where s.serialYear = ?1")
	Optional<TrackingSerial> lock(int year);

}

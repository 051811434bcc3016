package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The queries of the annual statistics (年度报告统计), each fetching what its count reads so that a year's cases
 * load in a few statements rather than one per case.
 */
interface StatisticsRepository extends Repository<DisclosureRequest, Long> {

	// Table B as grouped counts (ReportTables.tableB): each line per applicant kind, over the applications registered
	// by the given moment (a published year's publication), without loading one.

	/** 一: received in the period. */
	@Query("select r.applicant.kind, count(r) from DisclosureRequest r where r.receivedOn between ?1 and ?2 "
			+ "and r.submittedAt <= ?3 group by r.applicant.kind")
	List<Object[]> receivedByKind(LocalDate firstDay, LocalDate lastDay, Instant registeredBy);

	/** 二: received before the period and not counted as concluded before it. */
	@Query("select r.applicant.kind, count(r) from DisclosureRequest r where r.receivedOn < ?1 "
			+ "and (r.report.countedOn is null or r.report.countedOn >= ?1) and r.submittedAt <= ?2 "
			+ "group by r.applicant.kind")
	List<Object[]> carriedOverByKind(LocalDate firstDay, Instant registeredBy);

	/** 三: counted as concluded in the period, per result row (none for damaged data) and kind. */
	@Query("select r.report.row, r.applicant.kind, count(r) from DisclosureRequest r "
			+ "where r.report.countedOn between ?1 and ?2 and r.receivedOn <= ?2 and r.submittedAt <= ?3 "
			+ "group by r.report.row, r.applicant.kind")
	List<Object[]> concludedByRowAndKind(LocalDate firstDay, LocalDate lastDay, Instant registeredBy);

	/** 四: received by the end of the period and not counted as concluded by then. */
	@Query("select r.applicant.kind, count(r) from DisclosureRequest r where r.receivedOn <= ?1 "
			+ "and (r.report.countedOn is null or r.report.countedOn > ?1) and r.submittedAt <= ?2 "
			+ "group by r.applicant.kind")
	List<Object[]> carriedForwardByKind(LocalDate lastDay, Instant registeredBy);

	/** Registered after {@code registeredAfter} with a receipt date in the period: corrections to a published year. */
	@Query("select r.trackingNumber, r.receivedOn, r.submittedAt, r.applicant.kind from DisclosureRequest r "
			+ "where r.receivedOn between ?1 and ?2 and r.submittedAt > ?3 order by r.submittedAt, r.id")
	List<Object[]> registeredAfter(LocalDate firstDay, LocalDate lastDay, Instant registeredAfter);

	/**
	 * Concluded in the period but counted after it (recorded after the period's report was published), of the
	 * applications registered by {@code registeredBy} (a later one is listed as a registration already).
	 */
	@Query("select r.trackingNumber, r.receivedOn, r.submittedAt, r.applicant.kind, "
			+ "coalesce(r.repliedOn, r.closedOn), r.report.countedOn from DisclosureRequest r "
			+ "where coalesce(r.repliedOn, r.closedOn) between ?1 and ?2 and r.report.countedOn > ?2 "
			+ "and r.submittedAt <= ?3 order by r.report.countedOn, r.id")
	List<Object[]> concludedLate(LocalDate firstDay, LocalDate lastDay, Instant registeredBy);

	// Timeliness from the stored clock (as computed by the reply's step): no clock is computed again.

	/** Replied and counted in the period, per working days used (what the reply's clock counted). */
	@Query("select r.clock.workingDaysUsed, count(r) from DisclosureRequest r where r.repliedOn is not null "
			+ "and r.report.countedOn between ?1 and ?2 group by r.clock.workingDaysUsed")
	List<Object[]> repliedByWorkingDaysUsed(LocalDate firstDay, LocalDate lastDay);

	/** Of those, replied on or before their due date. */
	@Query("select count(r) from DisclosureRequest r where r.repliedOn is not null "
			+ "and r.report.countedOn between ?1 and ?2 and r.repliedOn <= r.clock.dueOn")
	long countRepliedOnTime(LocalDate firstDay, LocalDate lastDay);


	/** Received in the period (the home page's figure of the year). */
	@Query("select count(r) from DisclosureRequest r where r.receivedOn between ?1 and ?2")
	long countReceivedBetween(LocalDate firstDay, LocalDate lastDay);

	/** Answered in the period. */
	@Query("select count(r) from DisclosureRequest r where r.repliedOn between ?1 and ?2")
	long countRepliedBetween(LocalDate firstDay, LocalDate lastDay);

	/** Of those, replied on or before their due date as the clock stored at the reply has it. */
	@Query("select count(r) from DisclosureRequest r where r.repliedOn between ?1 and ?2 and r.repliedOn <= r.clock.dueOn")
	long countRepliedOnTimeBetween(LocalDate firstDay, LocalDate lastDay);

	/** The latest day an application was received, or {@code null} when none ever was (an indexed maximum). */
	@Query("select max(r.receivedOn) from DisclosureRequest r")
	LocalDate lastReceived();

	/** The latest day an application was answered, or {@code null} when none ever was (an indexed maximum). */
	@Query("select max(r.repliedOn) from DisclosureRequest r")
	LocalDate lastReplied();

	/** Running clocks due before {@code bound}: overdue with {@code bound} = today. */
	@Query("select count(r) from DisclosureRequest r where r.clock.running = true and r.clock.dueOn < ?1")
	long countRunningDueBefore(LocalDate bound);

	long countByStatusNotIn(Collection<RequestStatus> statuses);

	@Query("select count(r) from DisclosureRequest r where r.status not in ?1 and r.unitIds is empty")
	long countUnassignedNotIn(Collection<RequestStatus> concluded);

	/** Per unit: its open applications and, of those, the running clocks due before {@code overdueBefore}. */
	@Query("select u, count(r), sum(case when r.clock.running = true and r.clock.dueOn < ?2 then 1 else 0 end) "
			+ "from DisclosureRequest r join r.unitIds u where r.status not in ?1 group by u")
	List<Object[]> openByUnit(Collection<RequestStatus> concluded, LocalDate overdueBefore);

}

/** Reconsiderations and lawsuits (复议、诉讼) for Table C. */
interface AppealStatisticsRepository extends Repository<Appeal, Long> {

	/**
	 * Counted as filed by {@code lastDay} and not counted as decided before {@code firstDay} (the counted days are the
	 * recording's for a step recorded after its year was published).
	 */
	@Query("select a from Appeal a where a.countedFiledOn <= ?2 "
			+ "and (a.countedDecidedOn is null or a.countedDecidedOn >= ?1)")
	List<Appeal> relevantTo(LocalDate firstDay, LocalDate lastDay);

	/** Filed in the period but counted after it: recorded after the period's report was published. */
	@Query("select r.trackingNumber, r.receivedOn, r.submittedAt, r.applicant.kind, a.filedOn, a.countedFiledOn "
			+ "from Appeal a join a.request r where a.filedOn between ?1 and ?2 and a.countedFiledOn > ?2 "
			+ "order by a.countedFiledOn, a.id")
	List<Object[]> filedLate(LocalDate firstDay, LocalDate lastDay);

	/** Decided in the period but counted after it: recorded after the period's report was published. */
	@Query("select r.trackingNumber, r.receivedOn, r.submittedAt, r.applicant.kind, a.decidedOn, "
			+ "a.countedDecidedOn from Appeal a join a.request r where a.decidedOn between ?1 and ?2 "
			+ "and a.countedDecidedOn > ?2 order by a.countedDecidedOn, a.id")
	List<Object[]> decidedLate(LocalDate firstDay, LocalDate lastDay);

}

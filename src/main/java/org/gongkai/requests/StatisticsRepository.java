package org.gongkai.requests;

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

	/** Received by {@code lastDay} and not concluded (replied, or closed without a reply) before {@code firstDay}. */
	@Query("select distinct r from DisclosureRequest r left join fetch r.items where r.receivedOn <= ?2 "
			+ "and ((r.repliedOn is null and r.closedOn is null) or r.repliedOn >= ?1 "
			+ "or (r.repliedOn is null and r.closedOn >= ?1))")
	List<DisclosureRequest> relevantTo(LocalDate firstDay, LocalDate lastDay);

	/** Replied in the period, with the clock's stops (the clock statement reads them). */
	@Query("select distinct r from DisclosureRequest r left join fetch r.stops where r.repliedOn between ?1 and ?2")
	List<DisclosureRequest> repliedBetween(LocalDate firstDay, LocalDate lastDay);

	/** Received in the period (the home page's figure of the year). */
	@Query("select count(r) from DisclosureRequest r where r.receivedOn between ?1 and ?2")
	long countReceivedBetween(LocalDate firstDay, LocalDate lastDay);

	/** Answered in the period. */
	@Query("select count(r) from DisclosureRequest r where r.repliedOn between ?1 and ?2")
	long countRepliedBetween(LocalDate firstDay, LocalDate lastDay);

	/** The latest day an application was received or answered, or {@code null} when none ever was. */
	@Query("select max(case when r.repliedOn is not null and r.repliedOn > r.receivedOn then r.repliedOn "
			+ "else r.receivedOn end) from DisclosureRequest r")
	LocalDate lastActivity();

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

	/** Filed by {@code lastDay} and not decided before {@code firstDay}. */
	@Query("select a from Appeal a where a.filedOn <= ?2 and (a.decidedOn is null or a.decidedOn >= ?1)")
	List<Appeal> relevantTo(LocalDate firstDay, LocalDate lastDay);

}

package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.requests.AnnualStatistics.Recorded;

/**
 * The annual statistics of disclosure on application (政府信息公开工作年度报告 三、四), computed from the cases for any
 * year Y, for the disclosure office only. The counting rules:
 * <ul>
 * <li>An application is <em>concluded</em> on the day of its reply (答复), or, when it ended without one (withdrawn,
 * not corrected, not paid), on the day it was closed; archiving after a reply does not move it.</li>
 * <li>一 本年新收: received in Y (the receipt date, 受理日期, not the submission).</li>
 * <li>二 上年结转: received before Y and not concluded before Y.</li>
 * <li>三 办理结果: concluded in Y, in the row of {@code DisclosureRequest.reportRow()}: a closure without a reply in its
 * own row ((六)1 逾期不补正, (六)2 逾期未缴费, withdrawal in (六)3 其他); a reply whose items share one row in that row;
 * one that released something and refused something else in (二) 部分公开; otherwise the first item's row.
 * （七）总计 is the number of applications concluded in Y. A concluded application without a row (a reply whose
 * items are not all decided, from imported or damaged data) counts in （七）总计 but in no result row, so that the
 * check "（七）总计 = the sum of the result rows" fails on its column and shows it.</li>
 * <li>四 结转下年度: received by the end of Y and not concluded by the end of Y (for the running year: still open
 * today).</li>
 * <li>Every application counts once, in the column of its applicant's kind; 总计 is the sum of the six columns.</li>
 * <li>Table C, per kind of appeal: 结果维持 / 结果纠正 / 其他结果 are the appeals decided in Y by outcome; 尚未审结 those
 * filed by the end of Y and not decided by then; 总计 the sum of the four. An appeal pending at the end of one year
 * and decided in the next counts as 尚未审结 in the first and by its outcome in the second.</li>
 * <li>Timeliness: among the applications replied in Y, those replied on or before their due date, and the median
 * of the working days their clock counted; open and overdue applications are today's.</li>
 * <li>A year whose report the office marked published ({@link #publish}) keeps its figures: they count only the
 * applications registered (entered in the system) before that moment. One registered later with a receipt date in
 * the year is listed as a correction to that year instead of changing its published figures.</li>
 * <li>Likewise a step recorded after the publication for a day in the published year (steps can be back-dated): a
 * reply or closure, an appeal filed or decided. It is listed as a correction to that year and counts in the report
 * of the year it was recorded in ({@code CaseSteps.countedOn}): the published year keeps it open (四, 尚未审结) as
 * published, the next year carries it over (二 = the published 四, so the reports chain) and counts its result, and
 * the timeliness figures count the reply in that year too. Counting it in no year would lose it from 二 and from
 * the results of every report; counting it in its own year would change a published report.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class RequestStatistics {

	/** The first year of the 2008 rules (in force 2008-05-01): no report can be older. */
	public static final int FIRST_YEAR = 2008;

	/** The annual report on a year is due by 31 January of the next (DOMAIN.md §3). */
	private static final MonthDay REPORT_DUE = MonthDay.of(1, 31);

	/** The bound of "registered by" for a year not published: every application counts. */
	private static final Instant NOT_PUBLISHED = Instant.parse("9999-12-31T00:00:00Z");

	private final StatisticsRepository requests;

	private final AppealStatisticsRepository appeals;

	private final RequestClock requestClock;

	private final UnitManagement units;

	private final Clock clock;

	private final PublishedYearRepository publishedYears;

	private final ApplicationEventPublisher events;

	RequestStatistics(StatisticsRepository requests, AppealStatisticsRepository appeals, RequestClock requestClock,
			UnitManagement units, Clock clock, PublishedYearRepository publishedYears,
			ApplicationEventPublisher events) {
		this.requests = requests;
		this.appeals = appeals;
		this.requestClock = requestClock;
		this.units = units;
		this.clock = clock;
		this.publishedYears = publishedYears;
		this.events = events;
	}

	/**
	 * The statistics of {@code year}. Refused (403) for anyone but the disclosure office; a year before
	 * {@value #FIRST_YEAR} or after next year is refused on the field {@code year}.
	 */
	public AnnualStatistics annual(Me me, int year) {
		requireOffice(me);
		int latest = latestYear();
		if (year < FIRST_YEAR || year > latest) {
			throw RuleViolation.invalid("year", "requests.stats.year.range", FIRST_YEAR, latest);
		}
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		PublishedYear published = publishedYears.findById(year).orElse(null);
		TableC tableC = ReportTables.tableC(year, appeals.relevantTo(first, last));
		if (published == null) {
			return AnnualStatistics.of(ReportTables.tableB(year, requests, NOT_PUBLISHED), tableC,
					performance(year, first, last));
		}
		List<AnnualStatistics.Correction> corrections = new ArrayList<>();
		requests.registeredAfter(first, last, published.at())
			.forEach(row -> corrections.add(new AnnualStatistics.Correction((String) row[0], (LocalDate) row[1],
					(Instant) row[2], (ApplicantKind) row[3])));
		requests.concludedLate(first, last, published.at())
			.forEach(row -> corrections.add(late(Recorded.CONCLUSION, row)));
		appeals.filedLate(first, last).forEach(row -> corrections.add(late(Recorded.APPEAL_FILED, row)));
		appeals.decidedLate(first, last).forEach(row -> corrections.add(late(Recorded.APPEAL_DECIDED, row)));
		return AnnualStatistics.of(ReportTables.tableB(year, requests, published.at()), tableC,
				performance(year, first, last), published.view(), corrections);
	}

	/** A step recorded after the publication: the application, the step's day and the day it is counted. */
	private static AnnualStatistics.Correction late(Recorded what, Object[] row) {
		return new AnnualStatistics.Correction((String) row[0], (LocalDate) row[1], (Instant) row[2],
				(ApplicantKind) row[3], what, (LocalDate) row[4], (LocalDate) row[5]);
	}

	/**
	 * Marks the report on {@code year} published: from now on the year's figures leave out applications registered
	 * later (listed as corrections instead). Only the office; only a year that is over; once.
	 */
	@Transactional
	public void publish(Me me, int year) {
		requireOffice(me);
		int running = LocalDate.now(clock).getYear();
		if (year < FIRST_YEAR || year >= running) {
			throw RuleViolation.invalid("year", "requests.stats.publish.year", FIRST_YEAR, running - 1);
		}
		if (publishedYears.existsById(year)) {
			throw RuleViolation.conflict("year", "requests.stats.publish.already", year);
		}
		publishedYears.save(new PublishedYear(year, Instant.now(clock), me.username()));
		events.publishEvent(AuditEvent.of("requests.stats.published", "AnnualReport", String.valueOf(year),
				String.valueOf(year)));
	}

	/** Refuses (403) anyone but the disclosure office: the statistics are theirs to prepare. */
	public void requireOffice(Me me) {
		RequestPermissions.requireOffice(me);
	}

	/** The year a report is being prepared for: last year until its report is due (31 January), then this year. */
	public int defaultYear() {
		LocalDate today = LocalDate.now(clock);
		return MonthDay.from(today).isAfter(REPORT_DUE) ? today.getYear() : today.getYear() - 1;
	}

	/** The latest year that may be asked for: next year. */
	public int latestYear() {
		return LocalDate.now(clock).getYear() + 1;
	}

	private Performance performance(int year, LocalDate first, LocalDate last) {
		SortedMap<Integer, Integer> daysUsed = new TreeMap<>();
		int replied = 0;
		for (Object[] row : requests.repliedByWorkingDaysUsed(first, last)) {
			int count = ((Number) row[1]).intValue();
			replied += count;
			if (row[0] != null) {
				daysUsed.put(((Number) row[0]).intValue(), count);
			}
		}
		int onTime = (int) requests.countRepliedOnTime(first, last);
		Double rate = replied == 0 ? null : (double) onTime / replied;
		OpenCases open = OpenCases.count(requests, requestClock.today(), units.all());
		return new Performance(year, replied, onTime, rate, Performance.median(daysUsed), requestClock.today(),
				open.total(), open.overdue(), open.unassigned(), open.byUnit());
	}

}

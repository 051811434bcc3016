package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;

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
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class RequestStatistics {

	/** The first year of the 2008 rules (in force 2008-05-01): no report can be older. */
	public static final int FIRST_YEAR = 2008;

	/** The annual report on a year is due by 31 January of the next (DOMAIN.md §3). */
	private static final MonthDay REPORT_DUE = MonthDay.of(1, 31);

	private final StatisticsRepository requests;

	private final AppealStatisticsRepository appeals;

	private final RequestClock requestClock;

	private final UnitManagement units;

	private final Clock clock;

	RequestStatistics(StatisticsRepository requests, AppealStatisticsRepository appeals, RequestClock requestClock,
			UnitManagement units, Clock clock) {
		this.requests = requests;
		this.appeals = appeals;
		this.requestClock = requestClock;
		this.units = units;
		this.clock = clock;
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
		return AnnualStatistics.of(ReportTables.tableB(year, requests.relevantTo(first, last)),
				ReportTables.tableC(year, appeals.relevantTo(first, last)), performance(year, first, last));
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
		List<Integer> daysUsed = new ArrayList<>();
		int onTime = 0;
		for (DisclosureRequest request : requests.repliedBetween(first, last)) {
			ClockStatement statement = requestClock.statement(request);
			daysUsed.add(statement.workingDaysUsed());
			if (!statement.repliedLate()) {
				onTime++;
			}
		}
		Double rate = daysUsed.isEmpty() ? null : (double) onTime / daysUsed.size();
		OpenCases open = OpenCases.count(requests, requestClock.today(), units.all());
		return new Performance(year, daysUsed.size(), onTime, rate, Performance.median(daysUsed), requestClock.today(),
				open.total(), open.overdue(), open.unassigned(), open.byUnit());
	}

}

package org.gongkai.requests;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where the annual report counts a concluded application (columns of {@code disclosure_request}), fixed when it is
 * concluded so that Table B is grouped counts in SQL (see {@link RequestStatistics}); {@code null} on an open one.
 * In queries: {@code r.report.row}, {@code r.report.countedOn}.
 *
 * @param row the result row ({@code DisclosureRequest.reportRow()}); {@code null} for a reply whose items are not all
 *        decided (imported or damaged data): it then counts in （七）总计 and in no row, so that the check fails
 * @param countedOn the day the report counts the conclusion: the day of the reply or closure, or, for one recorded
 *        after the report of that day's year was published, the day it was recorded ({@link #recordedLate})
 */
@Embeddable
record ReportStanding(@Enumerated(EnumType.STRING) @Column(name = "report_row") ReportRow row,
		@Column(name = "counted_on") LocalDate countedOn) {

	/** Whether the conclusion is counted in another year than its own day's: it was recorded after a publication. */
	boolean recordedLate(LocalDate concludedOn) {
		return !countedOn.equals(concludedOn);
	}

}

package org.gongkai.powers.web;

import java.util.List;

import org.gongkai.powers.ImportReport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** An import report as the API and the console show it: every bad row with its column and message in words. */
record ReportBody(int rows, int created, int updated, int statusChanges, boolean applied, List<Problem> problems) {

	record Problem(int row, String column, String message) {
	}

	/** How many rows have at least one problem (a row may have several): the console's summary of a check. */
	public long badRows() {
		return problems.stream().mapToInt(Problem::row).distinct().count();
	}

	static ReportBody of(ImportReport report, MessageSource messages) {
		return new ReportBody(report.rows(), report.created(), report.updated(), report.statusChanges(),
				report.applied(),
				report.problems()
					.stream()
					.map(p -> new Problem(p.row(), p.column(), messages.getMessage(p.messageKey(), p.arguments(),
							p.messageKey(), LocaleContextHolder.getLocale())))
					.toList());
	}

}

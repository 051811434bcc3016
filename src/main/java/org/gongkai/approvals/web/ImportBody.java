package org.gongkai.approvals.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import org.gongkai.approvals.ImportReport;
import org.gongkai.approvals.Registered;

/** An import's report with each problem's message in the reader's language, for the page and the API. */
record ImportBody(int rows, boolean applied, List<Registered> registered, List<Problem> problems) {

	record Problem(int row, String column, String message) {
	}

	static ImportBody of(ImportReport report, MessageSource messages) {
		return new ImportBody(report.rows(), report.applied(), report.registered(), report.problems()
			.stream()
			.map(p -> new Problem(p.line(), p.column(), messages.getMessage(p.messageKey(), p.argumentsArray(),
					p.messageKey(), LocaleContextHolder.getLocale())))
			.toList());
	}

}

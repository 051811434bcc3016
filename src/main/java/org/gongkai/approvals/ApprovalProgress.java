package org.gongkai.approvals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.audit.AuditEvent;
import org.gongkai.calendar.WorkingDays;
import org.gongkai.common.QueryCodes;

/**
 * The public progress lookup by case number and query code. An unknown number and a wrong code give the same
 * empty answer, so the lookup tells nobody which numbers exist; every lookup, found or not, is audited (a write
 * transaction, so that the audit row commits even when nothing is found). The callers apply the rate limit.
 */
@Service
@Transactional
public class ApprovalProgress {

	/** The longest case number recorded in the audit log as typed. */
	private static final int MAX_AUDITED = 40;

	private final ApprovalCaseRepository cases;

	private final WorkingDays workingDays;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApprovalProgress(ApprovalCaseRepository cases, WorkingDays workingDays, ApplicationEventPublisher events,
			Clock clock) {
		this.cases = cases;
		this.workingDays = workingDays;
		this.events = events;
		this.clock = clock;
	}

	public Optional<ProgressView> lookup(String caseNumber, String queryCode) {
		String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase(Locale.ROOT);
		Optional<ApprovalCase> found = number.isEmpty() ? Optional.empty()
				: cases.findByCaseNumber(number).filter(c -> QueryCodes.matches(queryCode, c.queryCodeHash()));
		String audited = number.length() > MAX_AUDITED ? number.substring(0, MAX_AUDITED) : number;
		events.publishEvent(AuditEvent.of("approval.lookedUp", "ApprovalCase", audited,
				found.isPresent() ? "progress shown" : "not found (unknown number or wrong code)").by("public"));
		return found.map(c -> ProgressView.of(c.facts(), CaseDeadlines.of(c, workingDays, LocalDate.now(clock))));
	}

}

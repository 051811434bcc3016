package org.gongkai.approvals;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.DueDate;
import org.gongkai.calendar.StoppedSpan;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * 办理时限: the statutory and promised limits run in working days from the day after acceptance (the calendar
 * module counts them); the days of a suspension are not counted, and while one lasts there is no due date. A case is
 * on time when it was decided within its promised limit.
 */
final class CaseDeadlines {

	private CaseDeadlines() {
	}

	static Deadlines of(ApprovalCase c, WorkingDayCalendar calendar, LocalDate today) {
		CaseFacts f = c.facts();
		if (f.acceptedOn() == null) {
			return Deadlines.none();
		}
		List<StoppedSpan> spans = c.spans();
		LocalDate end = f.decidedOn() != null ? f.decidedOn() : today;
		int used = calendar.workingDaysBetween(f.acceptedOn(), end, spans);
		if (c.suspended()) {
			return new Deadlines(null, null, false, true, used, false);
		}
		DueDate statutory = calendar.dueDate(f.acceptedOn(), f.statutoryDays(), spans);
		DueDate promised = calendar.dueDate(f.acceptedOn(), f.promisedDays(), spans);
		boolean overdue = f.state().running() && promised.dueDate().isBefore(today);
		return new Deadlines(statutory.dueDate(), promised.dueDate(), statutory.provisional() || promised.provisional(),
				false, used, overdue);
	}

}

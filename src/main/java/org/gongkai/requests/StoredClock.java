package org.gongkai.requests;

import java.time.LocalDate;

/**
 * The clock's state as the database keeps it (columns of {@code disclosure_request}): one mapping from a
 * {@link ClockStatement}, used by the step that changes the application and by the batch recompute alike.
 *
 * @param running open and not stopped: the clock counts today
 * @param stopped open with a stop open: no due date
 * @param provisional the due date depends on days no loaded holiday notice has fixed yet
 * @param asOf the day it was computed
 */
record StoredClock(LocalDate dueOn, boolean running, boolean stopped, int workingDaysUsed, int workingDaysLeft,
		boolean provisional, LocalDate asOf) {

	static StoredClock of(ClockStatement statement, boolean open, LocalDate asOf) {
		return new StoredClock(statement.dueDate(), open && !statement.stopped(), open && statement.stopped(),
				statement.workingDaysUsed(), statement.workingDaysLeft(),
				statement.dueDate() != null && !statement.calendarComplete(), asOf);
	}

}

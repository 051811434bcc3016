package org.gongkai.requests;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The clock's state as last computed and kept with the application (columns of {@code disclosure_request}), so that
 * the inbox, the badges, the reminders and the statistics read it in SQL instead of computing every clock. Written
 * only through {@link ClockState} (a step's own transaction) and the batch recompute; one mapping from a
 * {@link ClockStatement} for both. In queries its attributes are {@code r.clock.dueOn}, {@code r.clock.running} ...
 *
 * @param dueOn the due date; {@code null} while the clock stands
 * @param running open and not stopped: the clock counts today, so the application can fall overdue
 * @param stopped open with a stop open (correction, consultation, fee): no due date, {@code workingDaysLeft} is kept
 * @param workingDaysLeft as of {@code asOf}: exact while the clock stands; while it runs the inbox counts from
 *        {@code dueOn}
 * @param provisional the due date depends on days no loaded holiday notice has fixed yet
 * @param asOf the day it was computed; {@code null} for a row not computed yet (the start-up back-fill's work)
 */
@Embeddable
record StoredClock(@Column(name = "due_on") LocalDate dueOn, @Column(name = "clock_running") boolean running,
		@Column(name = "clock_stopped") boolean stopped, @Column(name = "working_days_used") Integer workingDaysUsed,
		@Column(name = "working_days_left") Integer workingDaysLeft,
		@Column(name = "due_provisional") boolean provisional, @Column(name = "clock_as_of") LocalDate asOf) {

	/** What a row holds before its clock was ever computed. */
	static final StoredClock NONE = new StoredClock(null, false, false, null, null, false, null);

	static StoredClock of(ClockStatement statement, boolean open, LocalDate asOf) {
		return new StoredClock(statement.dueDate(), open && !statement.stopped(), open && statement.stopped(),
				statement.workingDaysUsed(), statement.workingDaysLeft(),
				statement.dueDate() != null && !statement.calendarComplete(), asOf);
	}

}

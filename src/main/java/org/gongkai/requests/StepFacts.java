package org.gongkai.requests;

import java.time.LocalDate;

/**
 * What the rules need besides the application itself, on the day a step is taken: the clock (its due date does not
 * depend on the day while it runs), the last day a correction may be asked for under the rules in force, and whether
 * the fee rules apply.
 *
 * @param day the day the step happened (today, or the earlier day it is recorded for)
 * @param correctionUntil the last day a correction may be asked for; {@code null} when the rules set no limit
 * @param correctionRules the rules in force on {@code day}, which govern a correction asked for that day
 */
record StepFacts(LocalDate day, ClockStatement clock, LocalDate correctionUntil, RuleSet correctionRules,
		boolean feesApply, LocalDate feesFrom) {

	/**
	 * The reply period has run out by {@code day}: its due date has passed, or (while the clock stands) it had no
	 * working day left when it stopped.
	 */
	boolean periodExpired() {
		if (clock.dueDate() != null) {
			return day.isAfter(clock.dueDate());
		}
		return clock.workingDaysLeft() < 0;
	}

}

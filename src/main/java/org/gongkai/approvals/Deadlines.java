package org.gongkai.approvals;

import java.time.LocalDate;

/**
 * A case's time limits as they stand: the statutory and promised due dates counted in working days from the
 * acceptance, suspensions not counted; none before acceptance or while a suspension lasts.
 *
 * @param provisional a due date runs into a year whose holiday notice is not loaded: it may still move
 * @param suspended a suspension lasts: the clock stands, so there is no due date
 * @param daysUsed working days counted so far (up to the decision, or today)
 * @param overdue still running and past the promised due date
 */
public record Deadlines(LocalDate statutoryDue, LocalDate promisedDue, boolean provisional, boolean suspended,
		int daysUsed, boolean overdue) {

	static Deadlines none() {
		return new Deadlines(null, null, false, false, 0, false);
	}

	/** The year whose notice a provisional due date waits for. */
	public Integer provisionalYear() {
		return provisional && statutoryDue != null ? statutoryDue.getYear() : null;
	}

}

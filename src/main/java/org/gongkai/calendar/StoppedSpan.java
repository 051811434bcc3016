package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A time in which a period's clock stands still (期限中止: a correction awaited, a third party consulted, a fee
 * unpaid): the days after {@code from} up to and including {@code until} do not count. The day the clock stops was
 * counted already; counting resumes on the day after {@code until}, as a period starts on the day after its event.
 *
 * @param until the day the clock restarts; {@code null} while it still stands
 */
public record StoppedSpan(LocalDate from, LocalDate until) {

	public StoppedSpan {
		if (from == null) {
			throw new IllegalArgumentException("from is required");
		}
		if (until != null && until.isBefore(from)) {
			throw new IllegalArgumentException("until " + until + " is before from " + from);
		}
	}

	public boolean open() {
		return until == null;
	}

	/** Whether {@code day}'s working time is not counted. */
	public boolean covers(LocalDate day) {
		return day.isAfter(from) && (until == null || !day.isAfter(until));
	}

	/** Calendar days the span covers, for reading enough calendar rows. */
	long length() {
		return until == null ? 0 : ChronoUnit.DAYS.between(from, until);
	}

}

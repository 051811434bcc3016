package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * Whether a date is a working day (工作日) and why.
 *
 * @param name the holiday's name, or for a make-up working day (调休上班) the festival's name; {@code null} for an
 * ordinary weekday or weekend
 */
public record DayInfo(LocalDate date, boolean workingDay, String name) {

	/** Why a non-working day is off: the holiday's name or {@code weekend}; {@code null} for a working day. */
	public String reason() {
		if (workingDay) {
			return null;
		}
		return name != null ? name : SkippedDay.WEEKEND;
	}

}

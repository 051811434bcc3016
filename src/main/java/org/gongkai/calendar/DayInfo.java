package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * Whether a date is a working day (工作日) and why.
 *
 * @param name the holiday's name, or for a make-up working day (调休上班) the festival's name; {@code null} for an
 * ordinary weekday or weekend
 * @param provisional the date lies in a year whose holiday notice is not loaded: a statutory holiday of the law is
 * known (and named), but the notice may still add bridge days or swap a weekend, so the answer may change
 */
public record DayInfo(LocalDate date, boolean workingDay, String name, boolean provisional) {

	/** A day of a loaded year. */
	public DayInfo(LocalDate date, boolean workingDay, String name) {
		this(date, workingDay, name, false);
	}

	/** Why a non-working day is off: the holiday's name or {@code weekend}; {@code null} for a working day. */
	public String reason() {
		if (workingDay) {
			return null;
		}
		return name != null ? name : SkippedDay.WEEKEND;
	}

}

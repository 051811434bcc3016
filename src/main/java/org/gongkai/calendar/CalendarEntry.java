package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One row of the calendar: a holiday, or a weekend day declared a working day; {@code name} is the festival it
 * belongs to (国庆节), for make-up days too (国庆节调休上班).
 */
public record CalendarEntry(LocalDate date, DayKind kind, String name) {

	public boolean holiday() {
		return kind == DayKind.HOLIDAY;
	}

	public boolean makeUpWorkday() {
		return kind == DayKind.WORKDAY;
	}

	static boolean weekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}

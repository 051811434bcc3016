package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * Implemented by a module that keeps deadlines counted in working days (applications, later messages): how many
 * of its open deadlines a proposed calendar would move, shown to the office before a holiday notice is confirmed.
 * The calendar module calls every bean of this type; it never needs to know the modules.
 */
public interface DeadlineImpact {

	/** The message key naming what is counted, e.g. "requests.impact.applications" (open applications). */
	String labelKey();

	/**
	 * How many open deadlines, counted on {@code proposed} instead of today's calendar, fall on another day; only
	 * deadlines whose period reaches {@code firstChangedDay} or later can move.
	 */
	long moved(WorkingDayCalendar proposed, LocalDate firstChangedDay);

}

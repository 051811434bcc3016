package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * The working-day calendar changed between {@code firstDay} and {@code lastDay} (a day added or deleted, a notice
 * imported): every deadline counted across these days may have moved. Published inside the changing transaction;
 * modules that store deadlines recompute them in an {@code @ApplicationModuleListener} (after commit, durably).
 */
public record CalendarChanged(LocalDate firstDay, LocalDate lastDay) {

	public CalendarChanged {
		if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
			throw new IllegalArgumentException("a calendar change needs firstDay <= lastDay");
		}
	}

}

package org.gongkai.approvals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.calendar.DueDate;
import org.gongkai.calendar.StoppedSpan;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * A calendar for plain tests: Monday to Friday are working days, except the holidays given; complete (not
 * provisional) up to {@code lastLoadedYear}. Counts as the calendar module does: from the day after the start.
 */
record WeekdayCalendar(Set<LocalDate> holidays, int lastLoadedYear) implements WorkingDayCalendar {

	WeekdayCalendar() {
		this(Set.of(), 2100);
	}

	private boolean working(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays.contains(day);
	}

	private static boolean stopped(LocalDate day, List<StoppedSpan> spans) {
		return spans.stream().anyMatch(s -> s.covers(day));
	}

	@Override
	public DueDate dueDate(LocalDate from, int workingDays, List<StoppedSpan> stopped) {
		LocalDate day = from;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (!stopped(day, stopped) && working(day)) {
				counted++;
			}
		}
		return new DueDate(from, workingDays, day, List.of(), List.of(), day.getYear() <= lastLoadedYear);
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to, List<StoppedSpan> stopped) {
		int counted = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (!stopped(day, stopped) && working(day)) {
				counted++;
			}
		}
		return counted;
	}

}

package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counting rules over calendar rows held in memory, free of any database: a date is a working day if it
 * has a {@code workday} row, or it is Monday-Friday with no {@code holiday} row; a period starts on the day
 * after its start event. Days without a row count as plain weekdays or weekends.
 */
final class WorkingDayCount {

	private final Map<LocalDate, CalendarEntry> entries;

	private final Optional<Integer> lastLoadedYear;

	/**
	 * @param entries the rows of (at least) the days to be counted, by date
	 * @param lastLoadedYear the last year with any row in the whole calendar, empty when the calendar is empty
	 */
	WorkingDayCount(Map<LocalDate, CalendarEntry> entries, Optional<Integer> lastLoadedYear) {
		this.entries = Map.copyOf(entries);
		this.lastLoadedYear = lastLoadedYear;
	}

	boolean isWorkingDay(LocalDate date) {
		CalendarEntry entry = entries.get(date);
		if (entry != null) {
			return entry.makeUpWorkday();
		}
		return !CalendarEntry.weekend(date);
	}

	DayInfo day(LocalDate date) {
		CalendarEntry entry = entries.get(date);
		return new DayInfo(date, isWorkingDay(date), entry == null ? null : entry.name());
	}

	DueDate dueDate(LocalDate from, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
		}
		List<SkippedDay> skipped = new ArrayList<>();
		LocalDate day = from;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
			else {
				skipped.add(new SkippedDay(day, day(day).reason()));
			}
		}
		return new DueDate(from, workingDays, day, skipped, workingDays == 0 || covers(day.getYear()));
	}

	private boolean covers(int year) {
		return lastLoadedYear.map(last -> year <= last).orElse(false);
	}

}

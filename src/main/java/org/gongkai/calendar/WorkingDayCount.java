package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counting rules over calendar rows held in memory, free of any database: a date is a working day if it
 * has a {@code workday} row, or it is Monday-Friday with no {@code holiday} row; a period starts on the day
 * after its start event. Days without a row count as plain weekdays or weekends, except in a year past the last
 * loaded one: there the statutory holidays of the law ({@link StatutoryHolidays}) that fall Monday-Friday are rest
 * days too, and every day is provisional (the notice's bridge days and weekend swaps are not known yet).
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

	Optional<Integer> lastLoadedYear() {
		return lastLoadedYear;
	}

	boolean isWorkingDay(LocalDate date) {
		CalendarEntry entry = entries.get(date);
		if (entry != null) {
			return entry.makeUpWorkday();
		}
		if (CalendarEntry.weekend(date)) {
			return false;
		}
		return !provisional(date) || StatutoryHolidays.restDayOn(date) == null;
	}

	/** Whether {@code date} lies in a year whose notice is not loaded: its answer may change when it is. */
	boolean provisional(LocalDate date) {
		return !covers(date.getYear());
	}

	DayInfo day(LocalDate date) {
		CalendarEntry entry = entries.get(date);
		boolean provisional = provisional(date);
		String name = entry != null ? entry.name()
				: provisional ? StatutoryHolidays.of(date.getYear()).get(date) : null;
		return new DayInfo(date, isWorkingDay(date), name, provisional);
	}

	DueDate dueDate(LocalDate from, int workingDays) {
		return dueDate(from, workingDays, List.of());
	}

	/** As {@link #dueDate(LocalDate, int)}, not counting the days inside {@code stopped} (all closed). */
	DueDate dueDate(LocalDate from, int workingDays, List<StoppedSpan> stopped) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
		}
		if (stopped.stream().anyMatch(StoppedSpan::open)) {
			throw new IllegalArgumentException("no due date while the clock stands: " + stopped);
		}
		List<SkippedDay> skipped = new ArrayList<>();
		List<DayInfo> makeUp = new ArrayList<>();
		LocalDate day = from;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (stoppedOn(day, stopped)) {
				continue;
			}
			if (isWorkingDay(day)) {
				counted++;
				if (entries.containsKey(day)) {
					makeUp.add(day(day));
				}
			}
			else {
				skipped.add(new SkippedDay(day, day(day).reason()));
			}
		}
		return new DueDate(from, workingDays, day, skipped, makeUp, workingDays == 0 || covers(day.getYear()));
	}

	/** Working days after {@code from} up to and including {@code to}, outside {@code stopped}. */
	int countBetween(LocalDate from, LocalDate to, List<StoppedSpan> stopped) {
		return (int) from.plusDays(1)
			.datesUntil(to.plusDays(1))
			.filter(day -> !stoppedOn(day, stopped) && isWorkingDay(day))
			.count();
	}

	private static boolean stoppedOn(LocalDate day, List<StoppedSpan> stopped) {
		return stopped.stream().anyMatch(span -> span.covers(day));
	}

	private boolean covers(int year) {
		return lastLoadedYear.map(last -> year <= last).orElse(false);
	}

}

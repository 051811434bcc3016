package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The counting rules over calendar rows held in memory, free of any database: a date is a working day if it
 * has a {@code workday} row, or it is Monday-Friday with no {@code holiday} row; a period starts on the day
 * after its start event. Days without a row count as plain weekdays or weekends, except in a year past the last
 * loaded one: there the statutory holidays of the law ({@link StatutoryHolidays}) that fall Monday-Friday are rest
 * days too, and every day is provisional (the notice's bridge days and weekend swaps are not known yet).
 */
final class WorkingDayCount {

	/** By date, so that a count over a range visits the rows inside it and not every day. */
	private final NavigableMap<LocalDate, CalendarEntry> entries;

	private final Optional<Integer> lastLoadedYear;

	/**
	 * @param entries the rows of (at least) the days to be counted, by date
	 * @param lastLoadedYear the last year with any row in the whole calendar, empty when the calendar is empty
	 */
	WorkingDayCount(Map<LocalDate, CalendarEntry> entries, Optional<Integer> lastLoadedYear) {
		this.entries = Collections.unmodifiableNavigableMap(new TreeMap<>(entries));
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

	/**
	 * Working days after {@code from} up to and including {@code to}, outside {@code stopped}: the same answer as
	 * asking {@link #isWorkingDay} of each such day, counted from the weekdays of each run of days the stops leave
	 * and the calendar rows inside it. A tracking lookup counts the days an application used since its receipt on
	 * every request; day by day that was most of the lookup's time for an application some years old (issue 16).
	 */
	int countBetween(LocalDate from, LocalDate to, List<StoppedSpan> stopped) {
		LocalDate cursor = from.plusDays(1);
		int counted = 0;
		List<StoppedSpan> spans = stopped.stream().sorted(Comparator.comparing(StoppedSpan::from)).toList();
		for (StoppedSpan span : spans) {
			// A span stops the days after its first day up to and including its last (open: up to any day).
			LocalDate firstStopped = span.from().plusDays(1);
			if (firstStopped.isAfter(to)) {
				break;
			}
			if (span.until() != null && span.until().isBefore(cursor)) {
				continue;
			}
			if (firstStopped.isAfter(cursor)) {
				counted += workingDaysIn(cursor, firstStopped.minusDays(1));
			}
			if (span.until() == null || !span.until().isBefore(to)) {
				return counted;
			}
			cursor = later(cursor, span.until().plusDays(1));
		}
		return counted + workingDaysIn(cursor, to);
	}

	/** Working days from {@code first} to {@code last}, both included (0 when {@code last} is before {@code first}). */
	private int workingDaysIn(LocalDate first, LocalDate last) {
		if (last.isBefore(first)) {
			return 0;
		}
		long days = ChronoUnit.DAYS.between(first, last) + 1;
		long counted = days / 7 * 5;
		LocalDate day = first.plusDays(days / 7 * 7);
		for (; !day.isAfter(last); day = day.plusDays(1)) {
			counted += CalendarEntry.weekend(day) ? 0 : 1;
		}
		for (Map.Entry<LocalDate, CalendarEntry> row : entries.subMap(first, true, last, true).entrySet()) {
			counted += (row.getValue().makeUpWorkday() ? 1 : 0) - (CalendarEntry.weekend(row.getKey()) ? 0 : 1);
		}
		// A year whose notice is not loaded rests on the law's festival days that fall Monday-Friday.
		for (int year = first.getYear(); year <= last.getYear(); year++) {
			if (covers(year)) {
				continue;
			}
			for (LocalDate festival : StatutoryHolidays.of(year).keySet()) {
				if (festival.getYear() == year && !festival.isBefore(first) && !festival.isAfter(last)
						&& !entries.containsKey(festival) && !CalendarEntry.weekend(festival)) {
					counted--;
				}
			}
		}
		return (int) counted;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static boolean stoppedOn(LocalDate day, List<StoppedSpan> stopped) {
		return stopped.stream().anyMatch(span -> span.covers(day));
	}

	private boolean covers(int year) {
		return lastLoadedYear.map(last -> year <= last).orElse(false);
	}

}

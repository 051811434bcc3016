package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The calendar as it would be with an import's rows written over today's rows, counted by the very rules of the live
 * calendar ({@link WorkingDayCount}), so that a module can tell which of its deadlines the import would move.
 */
final class ProposedCalendar implements WorkingDayCalendar {

	private static final int MAX_YEARS = 300;

	private final WorkingDayCount today;

	private final WorkingDayCount proposed;

	private final List<CalendarEntry> rows;

	/**
	 * @param current every row of the calendar today, by date
	 * @param rows the rows being imported (replacing those of the same dates)
	 */
	ProposedCalendar(Map<LocalDate, CalendarEntry> current, List<CalendarEntry> rows) {
		Map<LocalDate, CalendarEntry> merged = new HashMap<>(current);
		rows.forEach(row -> merged.put(row.date(), row));
		this.today = new WorkingDayCount(current, lastYear(current));
		this.proposed = new WorkingDayCount(merged, lastYear(merged));
		this.rows = List.copyOf(rows);
	}

	@Override
	public DueDate dueDate(LocalDate from, int workingDays, List<StoppedSpan> stopped) {
		return proposed.dueDate(from, workingDays, stopped);
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to, List<StoppedSpan> stopped) {
		return to.isAfter(from) ? proposed.countBetween(from, to, stopped) : 0;
	}

	/**
	 * The first day that is a working day today and not in the proposal, or the other way round; empty when the
	 * proposal moves no deadline (rows that only rename a day, or repeat the loaded ones). A year newly loaded loses
	 * its computed statutory days, so those are compared too.
	 */
	Optional<LocalDate> firstChangedDay() {
		TreeSet<LocalDate> candidates = new TreeSet<>();
		rows.forEach(row -> candidates.add(row.date()));
		// Years before the first law version have no computed days; a few centuries bound a far-fetched file.
		int firstNewlyLoaded = Math.max(today.lastLoadedYear().map(last -> last + 1).orElse(HolidayLaw.FIRST_YEAR),
				HolidayLaw.FIRST_YEAR);
		proposed.lastLoadedYear()
			.ifPresent(last -> IntStream.rangeClosed(Math.max(firstNewlyLoaded, last - MAX_YEARS), last)
				.forEach(year -> candidates.addAll(StatutoryHolidays.of(year).keySet())));
		return candidates.stream().filter(day -> today.isWorkingDay(day) != proposed.isWorkingDay(day)).findFirst();
	}

	private static Optional<Integer> lastYear(Map<LocalDate, CalendarEntry> entries) {
		return entries.keySet().stream().max(Comparator.naturalOrder()).map(LocalDate::getYear);
	}

}

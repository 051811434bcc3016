package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the rows of an import (CSV upload or API) all together, so that staff see every bad row at once.
 * A {@code holiday} may fall on a weekend (the notices list the whole break), but a make-up working day on a
 * Monday-Friday is a typing error: those are working days anyway.
 */
final class RowCheck {

	static final int NAME_MAX = 50;

	private static final Comparator<RowProblem> BY_POSITION = Comparator.comparing(RowProblem::position,
			Comparator.nullsFirst(Comparator.naturalOrder()));

	private RowCheck() {
	}

	/** The rows as entries, or {@link ImportRejected} listing each problem, those found earlier included. */
	static List<CalendarEntry> entries(List<DayRow> rows, List<RowProblem> earlier) {
		List<RowProblem> problems = new ArrayList<>(earlier);
		List<CalendarEntry> entries = new ArrayList<>();
		Map<LocalDate, Integer> seen = new HashMap<>();
		for (DayRow row : rows) {
			int before = problems.size();
			Optional<LocalDate> date = date(row, problems);
			Optional<DayKind> kind = DayKind.ofCode(strip(row.kind()).toLowerCase(Locale.ROOT));
			String name = strip(row.name());
			if (kind.isEmpty()) {
				problems.add(RowProblem.at(row.position(), "calendar.import.badKind", strip(row.kind())));
			}
			if (name.isEmpty()) {
				problems.add(RowProblem.at(row.position(), "calendar.import.emptyName"));
			}
			else if (name.length() > NAME_MAX) {
				problems.add(RowProblem.at(row.position(), "calendar.import.nameTooLong", NAME_MAX));
			}
			if (date.isPresent()) {
				Integer first = seen.putIfAbsent(date.get(), row.position());
				if (first != null) {
					problems.add(RowProblem.at(row.position(), "calendar.import.duplicate", first));
				}
				if (kind.orElse(null) == DayKind.WORKDAY && !CalendarEntry.weekend(date.get())) {
					problems.add(RowProblem.at(row.position(), "calendar.error.workdayOnWeekday"));
				}
			}
			if (problems.size() == before) {
				entries.add(new CalendarEntry(date.get(), kind.get(), name));
			}
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(RowProblem.at(null, "calendar.import.empty"));
		}
		if (!problems.isEmpty()) {
			problems.sort(BY_POSITION);
			throw new ImportRejected(problems);
		}
		return entries;
	}

	private static Optional<LocalDate> date(DayRow row, List<RowProblem> problems) {
		String text = strip(row.date());
		// Four-digit years only: ISO also reads +999999999-12-31, a day no holiday notice will ever name.
		if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
			try {
				return Optional.of(LocalDate.parse(text));
			}
			catch (DateTimeParseException ex) {
				// 2027-02-30: reported below like any other bad date
			}
		}
		problems.add(RowProblem.at(row.position(), "calendar.import.badDate", text));
		return Optional.empty();
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}

}

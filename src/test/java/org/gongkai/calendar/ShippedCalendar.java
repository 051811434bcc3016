package org.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The holiday file shipped in the jar, read through the upload's own parser and checks. */
final class ShippedCalendar {

	private ShippedCalendar() {
	}

	static byte[] bytes() {
		try (InputStream in = ShippedCalendar.class.getResourceAsStream("/calendar/cn-holidays.csv")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<CalendarEntry> entries() {
		CsvRows.Parsed parsed = CsvRows.read(bytes());
		return RowCheck.entries(parsed.rows(), parsed.problems());
	}

	static WorkingDayCount count() {
		Map<LocalDate, CalendarEntry> byDate = entries().stream()
			.collect(Collectors.toMap(CalendarEntry::date, Function.identity()));
		return new WorkingDayCount(byDate, Optional.of(2026));
	}

}

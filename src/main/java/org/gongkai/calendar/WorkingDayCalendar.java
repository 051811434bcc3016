package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Counting working days against one calendar: the live one ({@link WorkingDays}) or a proposed one (a holiday
 * notice being loaded, before it is confirmed), so that a module can say which of its deadlines the proposal would
 * move ({@link DeadlineImpact}) with the very code that computes them.
 */
public interface WorkingDayCalendar {

	/** The day on which {@code workingDays} working days after {@code from} have passed, not counting {@code stopped}. */
	DueDate dueDate(LocalDate from, int workingDays, List<StoppedSpan> stopped);

	/** Working days after {@code from} up to and including {@code to}, not counting the days inside {@code stopped}. */
	int workingDaysBetween(LocalDate from, LocalDate to, List<StoppedSpan> stopped);

	default DueDate dueDate(LocalDate from, int workingDays) {
		return dueDate(from, workingDays, List.of());
	}

	default int workingDaysBetween(LocalDate from, LocalDate to) {
		return workingDaysBetween(from, to, List.of());
	}

}

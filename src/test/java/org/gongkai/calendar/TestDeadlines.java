package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;

/**
 * A module's open deadlines as the calendar sees them through the {@link DeadlineImpact} SPI: three periods of 20
 * working days, compared on the live calendar and on a proposed one, as the requests module compares its open
 * applications.
 */
@TestComponent
class TestDeadlines implements DeadlineImpact {

	static final String LABEL = "calendar.test.deadlines";

	/** Across New Year's Day 2027, across the Spring Festival 2027, and all inside 2026. */
	static final List<LocalDate> STARTS = List.of(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 25),
			LocalDate.of(2026, 11, 2));

	private final WorkingDays live;

	TestDeadlines(WorkingDays live) {
		this.live = live;
	}

	@Override
	public String labelKey() {
		return LABEL;
	}

	@Override
	public long moved(WorkingDayCalendar proposed, LocalDate firstChangedDay) {
		return STARTS.stream()
			.filter(start -> !live.dueDate(start, 20).dueDate().isBefore(firstChangedDay))
			.filter(start -> !live.dueDate(start, 20).dueDate().equals(proposed.dueDate(start, 20).dueDate()))
			.count();
	}

}

package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Counting back: the inverse of a due date, across the National Day break of 2026 and its make-up Saturday. */
@CalendarSpringTest
class WorkingDaysBeforeTest {

	@Autowired
	WorkingDays workingDays;

	@Test
	void countingBackAcrossNationalDayEndsWhereTheDueDateCountStarts() {
		LocalDate from = workingDays.workingDaysBefore(LocalDate.of(2026, 10, 12), 5);

		// Back from Monday 12 Oct: 12, Saturday 10 (make-up), 9, 8 Oct, then 30 Sep; 1-7 Oct are off.
		assertThat(from).isEqualTo(LocalDate.of(2026, 9, 29));
		assertThat(workingDays.dueDate(from, 5).dueDate()).isEqualTo(LocalDate.of(2026, 10, 12));
	}

}

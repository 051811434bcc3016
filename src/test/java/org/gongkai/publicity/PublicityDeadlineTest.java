package org.gongkai.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.calendar.DueDate;
import org.gongkai.calendar.StoppedSpan;
import org.gongkai.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * The 7-working-day rule of 双公示, on a calendar of weekends and the 2026 National Day holiday (1-7 October, with
 * Saturday 10 October a make-up working day), complete up to 2026.
 */
class PublicityDeadlineTest {

	/** Weekends off except 10 Oct 2026; 1-7 Oct 2026 off; years after 2026 have no holiday notice. */
	static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar() {

		final Set<LocalDate> makeUp = Set.of(LocalDate.of(2026, 10, 10));

		boolean working(LocalDate day) {
			if (makeUp.contains(day)) {
				return true;
			}
			boolean holiday = !day.isBefore(LocalDate.of(2026, 10, 1)) && !day.isAfter(LocalDate.of(2026, 10, 7));
			return !holiday && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
		}

		@Override
		public DueDate dueDate(LocalDate from, int workingDays, List<StoppedSpan> stopped) {
			LocalDate day = from;
			for (int n = 0; n < workingDays;) {
				day = day.plusDays(1);
				if (working(day)) {
					n++;
				}
			}
			return new DueDate(from, workingDays, day, new ArrayList<>(), List.of(), day.getYear() <= 2026);
		}

		@Override
		public int workingDaysBetween(LocalDate from, LocalDate to, List<StoppedSpan> stopped) {
			throw new UnsupportedOperationException();
		}

	};

	@Test
	void aDecisionIsDueSevenWorkingDaysLaterWithTheHolidaySkipped() {
		// Wed 30 Sep: Thu 8, Fri 9, Sat 10 (make-up), Mon 12 ... Thu 15 Oct.
		DueDate due = PublicityDeadline.due(CALENDAR, LocalDate.of(2026, 9, 30), 7);
		assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(due.provisional()).isFalse();
	}

	@Test
	void aDeadlineRunningIntoAYearWithoutItsNoticeIsProvisional() {
		assertThat(PublicityDeadline.due(CALENDAR, LocalDate.of(2026, 12, 28), 7).provisional()).isTrue();
	}

	@Test
	void publishedOnTheDueDayIsInTimeTheDayAfterIsLate() {
		LocalDate due = LocalDate.of(2026, 10, 15);
		assertThat(PublicityDeadline.late(due, due)).isFalse();
		assertThat(PublicityDeadline.late(due, due.plusDays(1))).isTrue();
	}

	@Test
	void dueSoonReachesTwoWorkingDaysAheadOverTheWeekend() {
		// Friday 13 Nov 2026: Monday 16 and Tuesday 17 are the next two working days.
		assertThat(PublicityDeadline.dueSoonUntil(CALENDAR, LocalDate.of(2026, 11, 13), 2))
			.isEqualTo(LocalDate.of(2026, 11, 17));
	}

}

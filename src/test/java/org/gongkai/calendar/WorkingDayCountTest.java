package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The counting rules on the shipped 2016-2026 calendar, against dates checked by hand in the notices. */
class WorkingDayCountTest {

	private final WorkingDayCount count = ShippedCalendar.count();

	@Test
	void oneWorkingDayAfterTheEveOfNationalDay2016IsTheMakeUpSaturday() {
		DueDate due = count.dueDate(LocalDate.of(2016, 9, 30), 1);

		assertThat(due.dueDate()).isEqualTo(LocalDate.of(2016, 10, 8));
		assertThat(due.from()).isEqualTo(LocalDate.of(2016, 9, 30));
		assertThat(due.workingDays()).isEqualTo(1);
		assertThat(due.skipped()).containsExactlyElementsOf(days(LocalDate.of(2016, 10, 1), 7, "国庆节"));
		assertThat(due.calendarComplete()).isTrue();
	}

	@Test
	void twentyWorkingDaysAcrossTheSpringFestival2024() {
		DueDate due = count.dueDate(LocalDate.of(2024, 2, 8), 20);

		// 9 Feb (1), Sunday 18 Feb made up (2), then 19-23 Feb, 26 Feb-1 Mar, 4-8 Mar and 11-13 Mar.
		assertThat(due.dueDate()).isEqualTo(LocalDate.of(2024, 3, 13));
		List<SkippedDay> expected = new ArrayList<>(days(LocalDate.of(2024, 2, 10), 8, "春节"));
		expected.addAll(days(LocalDate.of(2024, 2, 24), 2, SkippedDay.WEEKEND));
		expected.addAll(days(LocalDate.of(2024, 3, 2), 2, SkippedDay.WEEKEND));
		expected.addAll(days(LocalDate.of(2024, 3, 9), 2, SkippedDay.WEEKEND));
		assertThat(due.skipped()).containsExactlyElementsOf(expected);
		assertThat(due.calendarComplete()).isTrue();
	}

	@Test
	void theMakeUpSundayOfTheSpringFestival2024IsListedAsCounted() {
		DueDate due = count.dueDate(LocalDate.of(2024, 2, 8), 20);

		assertThat(due.makeUpWorkdays()).extracting(DayInfo::date).containsExactly(LocalDate.of(2024, 2, 18));
	}

	@Test
	void daysInsideAStoppedSpanDoNotCount() {
		// Clock stopped after Monday 19 Feb 2024 until Friday 23 Feb: 20-23 Feb (4 working days) are not counted.
		List<StoppedSpan> stopped = List.of(new StoppedSpan(LocalDate.of(2024, 2, 19), LocalDate.of(2024, 2, 23)));

		DueDate due = count.dueDate(LocalDate.of(2024, 2, 8), 20, stopped);

		assertThat(due.dueDate()).isEqualTo(LocalDate.of(2024, 3, 19));
		assertThat(due.skipped()).extracting(SkippedDay::date).doesNotContain(LocalDate.of(2024, 2, 20));
		assertThat(count.countBetween(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 29), stopped))
			.as("9 Feb, 18-19 Feb, 26-29 Feb").isEqualTo(7);
		assertThat(count.countBetween(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 29),
				List.of(new StoppedSpan(LocalDate.of(2024, 2, 19), null))))
			.as("an open span stops everything after its start").isEqualTo(3);
	}

	@Test
	void noDueDateWhileTheClockStands() {
		assertThatIllegalArgumentException().isThrownBy(() -> count.dueDate(LocalDate.of(2024, 2, 8), 20,
				List.of(new StoppedSpan(LocalDate.of(2024, 2, 19), null))));
	}

	@Test
	void zeroWorkingDaysEndOnTheStartDayEvenOnAHoliday() {
		DueDate due = count.dueDate(LocalDate.of(2024, 10, 1), 0);

		assertThat(due.dueDate()).isEqualTo(LocalDate.of(2024, 10, 1));
		assertThat(due.skipped()).isEmpty();
		assertThat(due.calendarComplete()).isTrue();
	}

	@Test
	void aCountRunningPastTheLastLoadedYearIsMarkedIncomplete() {
		DueDate inside = count.dueDate(LocalDate.of(2026, 11, 2), 20);
		DueDate across = count.dueDate(LocalDate.of(2026, 12, 20), 20);

		assertThat(inside.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(inside.calendarComplete()).isTrue();
		// 2027 has no rows: New Year's Day, a statutory holiday on a Friday, is off; the notice may still move the date.
		assertThat(across.dueDate()).isEqualTo(LocalDate.of(2027, 1, 18));
		assertThat(across.skipped()).contains(new SkippedDay(LocalDate.of(2027, 1, 1), "元旦"));
		assertThat(across.calendarComplete()).isFalse();
		assertThat(across.provisional()).isTrue();
	}

	@Test
	void aPeriodFromTheLastMondayOf2026EndsAfterNewYearsDayAndIsProvisional() {
		DueDate due = count.dueDate(LocalDate.of(2026, 12, 28), 20);

		// 29-31 December (3), 4-8 January (8), 11-15 (13), 18-22 (18), 25-26 (20): 1 January is not counted.
		assertThat(due.dueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
		assertThat(due.provisional()).isTrue();
		assertThat(count.day(LocalDate.of(2027, 1, 1))).isEqualTo(new DayInfo(LocalDate.of(2027, 1, 1), false, "元旦", true));
		assertThat(count.day(LocalDate.of(2027, 1, 4))).isEqualTo(new DayInfo(LocalDate.of(2027, 1, 4), true, null, true));
		assertThat(count.day(LocalDate.of(2026, 12, 31))).isEqualTo(new DayInfo(LocalDate.of(2026, 12, 31), true, null, false));
	}

	@Test
	void inAYearNotLoadedOnlyTheStatutoryDaysAreOffNotTheBridgeDays() {
		// 2027's Spring Festival: 除夕 Friday 5 February and Monday 8 February are off; Tuesday 9 is not known to be.
		assertThat(count.isWorkingDay(LocalDate.of(2027, 2, 4))).isTrue();
		assertThat(count.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
		assertThat(count.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
		assertThat(count.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue();
		assertThat(count.day(LocalDate.of(2027, 2, 6))).isEqualTo(new DayInfo(LocalDate.of(2027, 2, 6), false, "春节", true));
	}

	@Test
	void anEmptyCalendarIsNeverComplete() {
		WorkingDayCount empty = new WorkingDayCount(Map.of(), Optional.empty());

		DueDate due = empty.dueDate(LocalDate.of(2024, 2, 8), 1);

		assertThat(due.dueDate()).isEqualTo(LocalDate.of(2024, 2, 9));
		assertThat(due.calendarComplete()).isFalse();
	}

	@Test
	void tellsWeekendsHolidaysAndMakeUpDaysApart() {
		assertThat(count.day(LocalDate.of(2024, 3, 2))).isEqualTo(new DayInfo(LocalDate.of(2024, 3, 2), false, null));
		assertThat(count.day(LocalDate.of(2024, 3, 2)).reason()).isEqualTo(SkippedDay.WEEKEND);
		assertThat(count.day(LocalDate.of(2024, 10, 1))).isEqualTo(new DayInfo(LocalDate.of(2024, 10, 1), false, "国庆节"));
		assertThat(count.day(LocalDate.of(2024, 10, 1)).reason()).isEqualTo("国庆节");
		assertThat(count.day(LocalDate.of(2024, 2, 4))).isEqualTo(new DayInfo(LocalDate.of(2024, 2, 4), true, "春节"));
		assertThat(count.day(LocalDate.of(2024, 2, 4)).reason()).isNull();
		assertThat(count.day(LocalDate.of(2024, 3, 4))).isEqualTo(new DayInfo(LocalDate.of(2024, 3, 4), true, null));
		assertThat(count.isWorkingDay(LocalDate.of(2016, 10, 8))).isTrue();
		assertThat(count.isWorkingDay(LocalDate.of(2016, 10, 7))).isFalse();
	}

	/**
	 * The count over calendar rows answers what asking each day answers, for ranges across loaded and unloaded years
	 * (2027-2029 counted on the law's festivals), with overlapping, open and out-of-range stops.
	 */
	@Test
	void countsTheWorkingDaysEachDayWouldCount() {
		Random random = new Random(16);
		LocalDate origin = LocalDate.of(2015, 1, 1);
		for (WorkingDayCount calendar : List.of(count, new WorkingDayCount(Map.of(), Optional.empty()))) {
			for (int i = 0; i < 5_000; i++) {
				LocalDate from = origin.plusDays(random.nextInt(15 * 365));
				LocalDate to = from.plusDays(random.nextInt(random.nextBoolean() ? 40 : 3 * 365) - 2);
				List<StoppedSpan> stops = new ArrayList<>();
				for (int s = random.nextInt(4); s > 0; s--) {
					LocalDate start = from.plusDays(random.nextInt(60) - 10);
					stops.add(new StoppedSpan(start, random.nextInt(8) == 0 ? null : start.plusDays(random.nextInt(30))));
				}

				assertThat(calendar.countBetween(from, to, stops)).as("%s to %s, stopped %s", from, to, stops)
					.isEqualTo(dayByDay(calendar, from, to, stops));
			}
		}
	}

	@Test
	void aWholeYearOfTheShippedCalendarHasTheNoticesWorkingDays() {
		// 2024: 366 days, 104 weekend days, 13 rest days on weekdays (元旦 1, 春节 5 ... per the notice), 8 make-up days.
		assertThat(count.countBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31), List.of()))
			.isEqualTo(dayByDay(count, LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31), List.of()))
			.isEqualTo(251);
	}

	private static int dayByDay(WorkingDayCount calendar, LocalDate from, LocalDate to, List<StoppedSpan> stops) {
		if (!to.isAfter(from)) {
			return 0;
		}
		return (int) from.plusDays(1)
			.datesUntil(to.plusDays(1))
			.filter(day -> stops.stream().noneMatch(span -> span.covers(day)) && calendar.isWorkingDay(day))
			.count();
	}

	@Test
	void refusesANegativeCount() {
		assertThatIllegalArgumentException().isThrownBy(() -> count.dueDate(LocalDate.of(2024, 1, 2), -1));
	}

	private static List<SkippedDay> days(LocalDate first, int length, String reason) {
		return first.datesUntil(first.plusDays(length)).map(day -> new SkippedDay(day, reason)).toList();
	}

}

package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The statutory holidays computed from the law, against every holiday notice shipped (2016-2026). */
class StatutoryHolidaysTest {

	private final Map<LocalDate, CalendarEntry> notices = ShippedCalendar.entries()
		.stream()
		.collect(Collectors.toMap(CalendarEntry::date, Function.identity()));

	@Test
	void everyStatutoryDayComputedForALoadedYearIsAHolidayOfItsNotice() {
		for (int year = 2016; year <= 2026; year++) {
			Map<LocalDate, String> computed = StatutoryHolidays.of(year);
			// 11 days by the 2013 law, 13 by the 2024 law; 中秋 on 1-3 October (2020, 2025) shares a day.
			assertThat(computed.values().stream().mapToInt(names -> names.split("、").length).sum()).as("%d", year)
				.isEqualTo(year >= 2025 ? 13 : 11);
			computed.forEach((date, names) -> {
				CalendarEntry row = notices.get(date);
				assertThat(row).as("%s %s", date, names).isNotNull();
				assertThat(row.holiday()).as("%s %s", date, names).isTrue();
				// A notice names a shared day "中秋节、国庆节" or "国庆节、中秋节"; each festival computed must be in it.
				assertThat(row.name()).as("%s", date).contains(Arrays.asList(names.split("、")));
			});
		}
	}

	@Test
	void theSpringFestivalFollowsTheLawInForceThatYear() {
		// 2024 (2013 law): the first three days of the first month, without 除夕 (9 February).
		assertThat(days(2024, StatutoryHolidays.SPRING_FESTIVAL)).containsExactly(LocalDate.of(2024, 2, 10),
				LocalDate.of(2024, 2, 11), LocalDate.of(2024, 2, 12));
		assertThat(days(2024, StatutoryHolidays.LABOUR_DAY)).containsExactly(LocalDate.of(2024, 5, 1));
		// 2025 (2024 law): 除夕 28 January and the first three days; 1-2 May.
		assertThat(days(2025, StatutoryHolidays.SPRING_FESTIVAL)).containsExactly(LocalDate.of(2025, 1, 28),
				LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31));
		assertThat(days(2025, StatutoryHolidays.LABOUR_DAY)).containsExactly(LocalDate.of(2025, 5, 1),
				LocalDate.of(2025, 5, 2));
		assertThat(StatutoryHolidays.of(2007)).isEmpty();
	}

	@Test
	void the2027HolidaysNotYetAnnounced() {
		// The new moon of 6 February 2027 is at 23:56 Beijing time: the first month starts that day, 除夕 is Friday 5.
		assertThat(StatutoryHolidays.of(2027)).containsExactly(Map.entry(LocalDate.of(2027, 1, 1), "元旦"),
				Map.entry(LocalDate.of(2027, 2, 5), "春节"), Map.entry(LocalDate.of(2027, 2, 6), "春节"),
				Map.entry(LocalDate.of(2027, 2, 7), "春节"), Map.entry(LocalDate.of(2027, 2, 8), "春节"),
				Map.entry(LocalDate.of(2027, 4, 5), "清明节"), Map.entry(LocalDate.of(2027, 5, 1), "劳动节"),
				Map.entry(LocalDate.of(2027, 5, 2), "劳动节"), Map.entry(LocalDate.of(2027, 6, 9), "端午节"),
				Map.entry(LocalDate.of(2027, 9, 15), "中秋节"), Map.entry(LocalDate.of(2027, 10, 1), "国庆节"),
				Map.entry(LocalDate.of(2027, 10, 2), "国庆节"), Map.entry(LocalDate.of(2027, 10, 3), "国庆节"));
		// Monday-Friday only: Saturday 6 February and Sunday 7 February are rest days anyway.
		assertThat(StatutoryHolidays.restDayOn(LocalDate.of(2027, 2, 5))).isEqualTo("春节");
		assertThat(StatutoryHolidays.restDayOn(LocalDate.of(2027, 2, 6))).isNull();
		assertThat(StatutoryHolidays.restDayOn(LocalDate.of(2027, 2, 9))).isNull();
	}

	@Test
	void midAutumnOnNationalDayKeepsBothNames() {
		assertThat(StatutoryHolidays.of(2028)).containsEntry(LocalDate.of(2028, 10, 3), "中秋节、国庆节");
	}

	/**
	 * An independent check of 清明 for the whole century: the published formula day = [Y × 0.2422 + 4.81] − [Y / 4]
	 * (Y the year's last two digits), which has no exception for 清明 in 2001-2099.
	 */
	@Test
	void qingmingAgreesWithThePublishedCenturyFormula() {
		for (int year = 2001; year <= 2099; year++) {
			int y = year % 100;
			int day = (int) Math.floor(y * 0.2422 + 4.81) - y / 4;
			assertThat(SolarTerms.day(year, SolarTerms.QINGMING)).as("%d", year).isEqualTo(LocalDate.of(year, 4, day));
		}
	}

	private static java.util.List<LocalDate> days(int year, String festival) {
		return StatutoryHolidays.of(year)
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue().equals(festival))
			.map(Map.Entry::getKey)
			.toList();
	}

}

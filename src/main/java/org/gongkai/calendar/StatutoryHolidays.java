package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The statutory holidays (法定节假日) a year has under the holiday law in force (全国年节及纪念日放假办法), computed
 * without the year's notice: the lunar festivals from ICU4J's Chinese calendar (which month is which, leap months
 * included) with each month's first day at the new moon ({@link NewMoons}), 清明 from the sun's position. The
 * State Council's notice only adds bridge days and weekend swaps (调休) to these, which cannot be derived; so for a
 * year whose notice is not loaded, these days (when they fall Monday-Friday) are certainly rest days.
 */
final class StatutoryHolidays {

	static final String NEW_YEAR = "元旦";

	static final String SPRING_FESTIVAL = "春节";

	static final String QINGMING = "清明节";

	static final String LABOUR_DAY = "劳动节";

	static final String DRAGON_BOAT = "端午节";

	static final String MID_AUTUMN = "中秋节";

	static final String NATIONAL_DAY = "国庆节";

	/** Years are asked again and again while counting; a few hundred cover every plausible question. */
	private static final Cache<Integer, Map<LocalDate, String>> YEARS = Caffeine.newBuilder().maximumSize(400).build();

	private StatutoryHolidays() {
	}

	/**
	 * Every statutory day of {@code year} by date, weekends included, with the festival's name; empty for a year
	 * before 2008, whose law had no lunar festivals but the Spring Festival (never needed: the data starts in 2016).
	 */
	static Map<LocalDate, String> of(int year) {
		return YEARS.get(year, StatutoryHolidays::compute);
	}

	/** The statutory day's name when {@code date} is one falling Monday-Friday, else {@code null}. */
	static String restDayOn(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
			return null;
		}
		return of(date.getYear()).get(date);
	}

	private static Map<LocalDate, String> compute(int year) {
		HolidayLaw law = HolidayLaw.inForce(year);
		if (law == null) {
			return Map.of();
		}
		Map<LocalDate, String> days = new LinkedHashMap<>();
		days.put(LocalDate.of(year, 1, 1), NEW_YEAR);
		LocalDate newYearsDay = lunar(year, 1, 1);
		LocalDate first = law.springFestivalFromEve() ? newYearsDay.minusDays(1) : newYearsDay;
		for (int i = 0; i < law.springFestivalDays(); i++) {
			days.put(first.plusDays(i), SPRING_FESTIVAL);
		}
		days.put(SolarTerms.day(year, SolarTerms.QINGMING), QINGMING);
		for (int i = 0; i < law.labourDays(); i++) {
			days.put(LocalDate.of(year, 5, 1 + i), LABOUR_DAY);
		}
		days.put(lunar(year, 5, 5), DRAGON_BOAT);
		// 中秋 can fall on 1-3 October (2020, 2025): the day is one rest day either way; it keeps both names.
		LocalDate midAutumn = lunar(year, 8, 15);
		days.put(midAutumn, MID_AUTUMN);
		for (int i = 1; i <= 3; i++) {
			days.merge(LocalDate.of(year, 10, i), NATIONAL_DAY, (earlier, name) -> earlier + "、" + name);
		}
		List<LocalDate> dates = new ArrayList<>(days.keySet());
		Collections.sort(dates);
		Map<LocalDate, String> sorted = new LinkedHashMap<>();
		dates.forEach(date -> sorted.put(date, days.get(date)));
		return Collections.unmodifiableMap(sorted);
	}

	/**
	 * The Gregorian date of {@code day} of the (non-leap) lunar {@code month} of the lunar year beginning in
	 * {@code year}: ICU4J finds the month, the new moon nearest to ICU's first day of it is the true first day.
	 */
	static LocalDate lunar(int year, int month, int day) {
		// 1 March always lies in the lunar year that began in the same Gregorian year (New Year is 21 Jan-20 Feb);
		// reading its year spares depending on how an ICU version numbers Chinese years.
		ChineseCalendar chinese = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
		chinese.clear();
		chinese.set(Calendar.JULIAN_DAY, (int) LocalDate.of(year, 3, 1).getLong(JulianFields.JULIAN_DAY));
		int lunarYear = chinese.get(Calendar.EXTENDED_YEAR);
		chinese.clear();
		chinese.set(Calendar.EXTENDED_YEAR, lunarYear);
		chinese.set(Calendar.MONTH, month - 1);
		chinese.set(Calendar.IS_LEAP_MONTH, 0);
		chinese.set(Calendar.DAY_OF_MONTH, 1);
		LocalDate approximateFirst = LocalDate.MIN.with(JulianFields.JULIAN_DAY, chinese.get(Calendar.JULIAN_DAY));
		return NewMoons.nearest(approximateFirst).plusDays(day - 1L);
	}

}

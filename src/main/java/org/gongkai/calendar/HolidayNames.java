package org.gongkai.calendar;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A holiday's name in the reader's language, for templates ({@code ${@holidayNames.name(day.reason())}}): the calendar
 * rows carry the festival's Chinese name as the State Council's notice writes it (国庆节, 中秋节、国庆节); the seven
 * festivals of the holiday law have names in the bundles. A name the calendar staff typed otherwise gives
 * {@code null}, and the page shows it as typed, marked Chinese.
 */
@Component("holidayNames")
public class HolidayNames {

	private static final Map<String, String> KEYS = Map.of(StatutoryHolidays.NEW_YEAR, "newYear",
			StatutoryHolidays.SPRING_FESTIVAL, "springFestival", StatutoryHolidays.QINGMING, "qingming",
			StatutoryHolidays.LABOUR_DAY, "labourDay", StatutoryHolidays.DRAGON_BOAT, "dragonBoat",
			StatutoryHolidays.MID_AUTUMN, "midAutumn", StatutoryHolidays.NATIONAL_DAY, "nationalDay");

	private final MessageSource messages;

	HolidayNames(MessageSource messages) {
		this.messages = messages;
	}

	/** The name in the reader's language when every festival it names is known, else {@code null}. */
	public String name(String chinese) {
		if (chinese == null || chinese.isBlank()) {
			return null;
		}
		List<String> festivals = Arrays.stream(chinese.split("\u3001")).map(String::strip).toList();
		if (!KEYS.keySet().containsAll(festivals)) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		return String.join(messages.getMessage("list.separator", null, "\u3001", locale), festivals.stream()
			.map(festival -> messages.getMessage("calendar.holiday." + KEYS.get(festival), null, locale))
			.toList());
	}

}

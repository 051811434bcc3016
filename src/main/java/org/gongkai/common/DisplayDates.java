package org.gongkai.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the reader's language writes them, for templates: {@code ${@dates.day(doc.formedOn())}}.
 * The patterns are in the bundles ({@code dates.*} in {@code layout.properties}): Chinese pages keep the
 * 2026-12-07 that government sites use, English pages read 7 Dec 2026. An instant shows as the date and time in
 * China, whatever the server's zone. {@code null} gives {@code null}, so that a template may write
 * {@code ${@dates.day(x)} ?: '—'}.
 */
@Component("dates")
public class DisplayDates {

	/** The department works on China Standard Time. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final MessageSource messages;

	private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

	public DisplayDates(MessageSource messages) {
		this.messages = messages;
	}

	/** A date in lists and tables: 2026-12-07, 7 Dec 2026. */
	public String day(TemporalAccessor value) {
		return format(value, "dates.day");
	}

	/** A date inside a sentence: 2026年12月7日, 7 December 2026. */
	public String longDay(TemporalAccessor value) {
		return format(value, "dates.longDay");
	}

	/** A date and time to the minute: 2026-12-07 14:30, 7 Dec 2026 14:30. */
	public String minute(TemporalAccessor value) {
		return format(value, "dates.minute");
	}

	/** A date and time to the second, for logs of jobs. */
	public String second(TemporalAccessor value) {
		return format(value, "dates.second");
	}

	/** A message argument: a date as {@link #day}, anything else as it is (for keys whose arguments vary). */
	public Object argument(Object value) {
		return value instanceof TemporalAccessor date ? day(date) : value;
	}

	private String format(TemporalAccessor value, String style) {
		if (value == null) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter formatter = formatters.computeIfAbsent(style + '|' + locale.toLanguageTag(),
				key -> DateTimeFormatter.ofPattern(messages.getMessage(style, null, locale), locale));
		return formatter.format(inChina(value));
	}

	private static TemporalAccessor inChina(TemporalAccessor value) {
		if (value instanceof Instant instant) {
			return instant.atZone(CHINA);
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(CHINA);
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(CHINA);
		}
		return value;
	}

}

package org.gongkai.calendar;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads {@code 12-01} as a {@link MonthDay}: {@code MonthDay.parse} wants the ISO form {@code --12-01}, which
 * nobody writes in a properties file. The ISO form is accepted too.
 */
@Component
@ConfigurationPropertiesBinding
class MonthDayConverter implements Converter<String, MonthDay> {

	private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

	@Override
	public MonthDay convert(String source) {
		String text = source.strip();
		return text.startsWith("--") ? MonthDay.parse(text) : MonthDay.parse(text, MONTH_DAY);
	}

}

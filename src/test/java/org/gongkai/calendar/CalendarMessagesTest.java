package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Both bundles of the calendar carry the same keys, all under {@code calendar.}. */
class CalendarMessagesTest {

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties chinese = load("/i18n/calendar.properties");
		Properties english = load("/i18n/calendar_en.properties");

		assertThat(chinese.stringPropertyNames()).isNotEmpty()
			.isEqualTo(english.stringPropertyNames())
			.allSatisfy(key -> assertThat(key).startsWith("calendar."));
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(CalendarMessagesTest.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}

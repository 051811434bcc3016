package org.gongkai.catalogue.imports;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as earlier sites and spreadsheets write them: 2016-07-18, 2016/7/18, 2016.7.18, 2016年7月18日 or
 * 20160718, optionally followed by a time (kept for the publication date).
 */
final class ImportDates {

	private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
			+ "(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private ImportDates() {
	}

	/** The date (and time, midnight if none) written, or empty when it is not a real date in a known form. */
	static Optional<LocalDateTime> parse(String text) {
		String value = text.strip();
		try {
			Matcher m = SEPARATED.matcher(value);
			if (m.matches()) {
				return Optional.of(LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5),
						number(m, 6)));
			}
			m = COMPACT.matcher(value);
			if (m.matches()) {
				return Optional.of(LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3), 0, 0));
			}
		}
		catch (DateTimeException ex) {
			// 2016-02-30 and the like: not a date.
		}
		return Optional.empty();
	}

	private static int number(Matcher m, int group) {
		return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
	}

}

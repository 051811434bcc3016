package org.gongkai.requests.statistics;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.requests.AnnualStatistics;
import org.gongkai.requests.RequestStatistics;

/**
 * The {@code year} parameter as typed: empty means the year being reported on, anything but four digits is refused
 * on the field (the range is the service's to check).
 */
final class StatisticsYear {

	private StatisticsYear() {
	}

	/** The statistics of the year asked for; who may not see them is refused before the year is looked at. */
	static AnnualStatistics load(Me me, String raw, RequestStatistics statistics) {
		statistics.requireOffice(me);
		return statistics.annual(me, parse(raw, statistics));
	}

	static int parse(String raw, RequestStatistics statistics) {
		if (raw == null || raw.isBlank()) {
			return statistics.defaultYear();
		}
		String value = raw.strip();
		if (!value.matches("\\d{4}")) {
			throw RuleViolation.invalid("year", "requests.stats.year.malformed");
		}
		return Integer.parseInt(value);
	}

}

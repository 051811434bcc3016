package org.gongkai.powers;

import java.time.LocalDate;

/**
 * Filters of the list; every one optional. {@code asOf} is the day the list stands on ({@code null}: today);
 * {@code query} matches the name or the code.
 */
public record PowerFilter(PowerType type, Long unit, PowerStatus status, String query, LocalDate asOf) {

	public static PowerFilter none() {
		return new PowerFilter(null, null, null, null, null);
	}

	public boolean filtered() {
		return type != null || unit != null || status != null || (query != null && !query.isBlank()) || asOf != null;
	}

}

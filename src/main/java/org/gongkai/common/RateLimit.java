package org.gongkai.common;

import java.time.Duration;

/**
 * One configured limit ({@code gongkai.rate-limits.<name>.requests} and {@code .per}): at most {@code requests}
 * within any period of length {@code per}, per client address.
 */
public record RateLimit(int requests, Duration per) {

	public RateLimit {
		if (requests < 1 || per == null || per.isNegative() || per.isZero()) {
			throw new IllegalArgumentException("a rate limit needs requests >= 1 and a positive period, got "
					+ requests + " per " + per);
		}
	}

}

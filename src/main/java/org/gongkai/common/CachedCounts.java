package org.gongkai.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A count kept a while per staff member (the console navigation's badges: overdue applications, consultations
 * awaiting feedback), so that every console page does not count again; a minute-old badge is good enough to point
 * at a list. A count from the clock's future (a test clock moved back) is counted again.
 */
public final class CachedCounts {

	private final Clock clock;

	private final Duration keep;

	private final Map<String, Counted> counts = new ConcurrentHashMap<>();

	private record Counted(long count, Instant at) {
	}

	public CachedCounts(Clock clock, Duration keep) {
		this.clock = clock;
		this.keep = keep;
	}

	public long of(String username, LongSupplier count) {
		Instant now = clock.instant();
		Counted counted = counts.get(username);
		if (counted == null || counted.at().plus(keep).isBefore(now) || counted.at().isAfter(now)) {
			counted = new Counted(count.getAsLong(), now);
			counts.put(username, counted);
		}
		return counted.count();
	}

}

package org.gongkai.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The clock demo loaders give the facades they drive: set to each step's day (10:00 in China), so that demo data
 * is dated in the past through the same rules as real data, while the application's clock stays on today.
 */
public final class DemoClock extends Clock {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private Instant now;

	public DemoClock(LocalDate day) {
		set(day);
	}

	public void set(LocalDate day) {
		this.now = day.atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return CHINA;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}

}

package org.gongkai.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.gongkai.common.DemoClock;

/**
 * A clock tests can move forward, e.g. past a login lockout, instead of sleeping. Like the application's clock, it
 * gives a demo loader's thread the day of its step ({@link DemoClock}).
 */
public class MutableClock extends Clock {

	private volatile Instant now;

	private final ZoneId zone;

	public MutableClock(Instant start, ZoneId zone) {
		this.now = start;
		this.zone = zone;
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	public void set(Instant instant) {
		now = instant;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId newZone) {
		return new MutableClock(now, newZone);
	}

	@Override
	public Instant instant() {
		return DemoClock.current().orElse(now);
	}

}

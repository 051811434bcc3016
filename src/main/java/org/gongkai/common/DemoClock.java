package org.gongkai.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The day a demo loader stands on (演示数据回溯). Demo data is entered through the application's own facades, which
 * take the time from the injected {@link Clock}; to date a step in the past the loader sets its own thread to that
 * day (10:00 in China) for the length of the step. The application's clock ({@link #over(Clock)}) reads the day of
 * the current thread first, so requests on other threads keep today and nothing outside the step is moved.
 */
public final class DemoClock {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final ThreadLocal<Instant> DAY = new ThreadLocal<>();

	private DemoClock() {
	}

	/** Runs {@code step} with the current thread's clock on {@code day}, then back on the real time. */
	public static <T> T on(LocalDate day, Supplier<T> step) {
		Instant before = DAY.get();
		DAY.set(day.atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant());
		try {
			return step.get();
		}
		finally {
			if (before == null) {
				DAY.remove();
			}
			else {
				DAY.set(before);
			}
		}
	}

	/** Runs {@code step} with the current thread's clock on {@code day}. */
	public static void on(LocalDate day, Runnable step) {
		on(day, () -> {
			step.run();
			return null;
		});
	}

	/** The instant a demo step on this thread stands on, if one is running. */
	public static Optional<Instant> current() {
		return Optional.ofNullable(DAY.get());
	}

	/** {@code real}, except on a thread inside {@link #on}, where it is that step's day. */
	public static Clock over(Clock real) {
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return real.getZone();
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return over(real.withZone(zone));
			}

			@Override
			public Instant instant() {
				return current().orElseGet(real::instant);
			}

		};
	}

}

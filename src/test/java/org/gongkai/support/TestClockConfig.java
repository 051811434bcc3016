package org.gongkai.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the system clock: tests start on 2026-11-27 10:00 in Changsha and move time on purpose. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

	public static final Instant START = Instant.parse("2026-11-27T02:00:00Z");

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(START, ZoneId.of("Asia/Shanghai"));
	}

}

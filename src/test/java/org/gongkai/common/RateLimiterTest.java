package org.gongkai.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.support.MutableClock;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.env.MockEnvironment;

/**
 * The sliding-window limiter with a clock the test moves: counting, waiting, forgetting, staying small, and still
 * limiting after a flood of addresses.
 */
class RateLimiterTest {

	final MutableClock clock = new MutableClock(TestClockConfig.START, ZoneId.of("Asia/Shanghai"));

	final RateLimiter limiter = new RateLimiter(
			Map.of("apply", new RateLimit(5, Duration.ofHours(1)), "track", new RateLimit(30, Duration.ofMinutes(10))),
			clock);

	@Test
	void fiveApplicationsAnHourThenTheSixthWaitsUntilTheFirstIsAnHourOld() {
		for (int i = 0; i < 5; i++) {
			limiter.check("apply", "203.0.113.7");
			clock.advance(Duration.ofMinutes(10));
		}
		RateLimited refused = catchThrowableOfType(RateLimited.class, () -> limiter.check("apply", "203.0.113.7"));
		assertThat(refused.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.limit()).isEqualTo("apply");
		assertThat(refused.retryAfterSeconds()).as("the first came 50 minutes ago").isEqualTo(600);
		assertThat(refused.retryAfterMinutes()).isEqualTo(10);
		assertThat(refused.messageKey()).isEqualTo("rateLimit.exceeded");
		assertThat(refused.arguments()).containsExactly(10L);

		clock.advance(Duration.ofMinutes(10));
		limiter.check("apply", "203.0.113.7");
		assertThatThrownBy(() -> limiter.check("apply", "203.0.113.7")).as("a sliding window, not a fixed hour")
			.isInstanceOf(RateLimited.class);
	}

	@Test
	void manyRequestsOfOneAddressAtOnceAreLetThroughExactlyUpToTheLimit() throws Exception {
		int threads = 8;
		RateLimiter gateway = new RateLimiter(Map.of("track", new RateLimit(2_000, Duration.ofMinutes(10))), clock);
		AtomicInteger allowed = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				done.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < 500; i++) {
						try {
							gateway.check("track", "198.51.100.9");
							allowed.incrementAndGet();
						}
						catch (RateLimited refused) {
							// counted below: only the allowed ones matter
						}
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> each : done) {
				each.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(allowed.get()).as("4,000 requests from one gateway at once, 2,000 per 10 minutes").isEqualTo(2_000);
	}

	@Test
	void refusedRequestsDoNotProlongTheWait() {
		for (int i = 0; i < 5; i++) {
			limiter.check("apply", "203.0.113.8");
		}
		for (int i = 0; i < 20; i++) {
			clock.advance(Duration.ofMinutes(2));
			assertThatThrownBy(() -> limiter.check("apply", "203.0.113.8")).isInstanceOf(RateLimited.class);
		}
		clock.advance(Duration.ofMinutes(20));
		limiter.check("apply", "203.0.113.8");
	}

	@Test
	void addressesAndLimitsCountSeparately() {
		for (int i = 0; i < 5; i++) {
			limiter.check("apply", "203.0.113.9");
		}
		limiter.check("apply", "203.0.113.10");
		limiter.check("track", "203.0.113.9");
		assertThatThrownBy(() -> limiter.check("apply", "203.0.113.9")).isInstanceOf(RateLimited.class);
	}

	@Test
	void anIpv6SubscriberCountsAsOneNetworkWhateverAddressItPicks() {
		for (int i = 1; i <= 5; i++) {
			limiter.check("apply", "2001:db8:abcd:12::" + i);
		}
		assertThatThrownBy(() -> limiter.check("apply", "2001:db8:abcd:12:ffff::1")).isInstanceOf(RateLimited.class);
		limiter.check("apply", "2001:db8:abcd:13::1");
		assertThat(RateLimiter.clientKey("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
		assertThat(RateLimiter.clientKey(null)).isEqualTo("-");
	}

	@Test
	void idleAddressesAreForgottenSoMemoryStaysBounded() {
		for (int i = 0; i < 100; i++) {
			limiter.check("track", "198.51.100." + i);
		}
		assertThat(limiter.trackedClients("track")).isEqualTo(100);
		clock.advance(Duration.ofMinutes(11));
		limiter.check("track", "198.51.100.200");
		assertThat(limiter.trackedClients("track")).isEqualTo(1);
	}

	@Test
	void aFloodOfSpoofedAddressesNeitherSwitchesTheLimiterOffNorGrowsMemory() {
		for (int i = 0; i < 2 * RateLimiter.MAX_CLIENTS; i++) {
			limiter.check("apply", "10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff));
		}
		assertThat(limiter.trackedClients("apply")).as("remembered addresses stay bounded")
			.isLessThanOrEqualTo(RateLimiter.MAX_CLIENTS);
		for (int i = 0; i < 5; i++) {
			limiter.check("apply", "203.0.113.77");
		}
		assertThatThrownBy(() -> limiter.check("apply", "203.0.113.77"))
			.as("a new address after 100,000 others is still limited")
			.isInstanceOf(RateLimited.class);
	}

	@Test
	void anUnknownLimitIsAProgrammingErrorNotARefusal() {
		assertThatThrownBy(() -> limiter.check("aply", "203.0.113.7")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("gongkai.rate-limits.aply");
	}

	@Test
	void limitsAreReadFromConfiguration() {
		MockEnvironment environment = new MockEnvironment().withProperty("gongkai.rate-limits.comment.requests", "10")
			.withProperty("gongkai.rate-limits.comment.per", "1h")
			.withProperty("gongkai.rate-limits.track.requests", "30")
			.withProperty("gongkai.rate-limits.track.per", "10m");
		assertThat(new RateLimiter(environment, clock).limits()).containsOnly(
				Map.entry("comment", new RateLimit(10, Duration.ofHours(1))),
				Map.entry("track", new RateLimit(30, Duration.ofMinutes(10))));
		MockEnvironment broken = new MockEnvironment().withProperty("gongkai.rate-limits.apply.requests", "0")
			.withProperty("gongkai.rate-limits.apply.per", "1h");
		assertThatThrownBy(() -> new RateLimiter(broken, clock)).isInstanceOf(BindException.class);
	}

}

package org.gongkai.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The version of everything public: read at most once per check interval, and different whenever a state is. */
class PublicVersionTest {

	private final AtomicInteger reads = new AtomicInteger();

	private PublicContent.State state = new PublicContent.State(Instant.parse("2026-11-20T08:00:00Z"), "12 public");

	private final PublicContent content = () -> {
		reads.incrementAndGet();
		return state;
	};

	private static PageCacheProperties checkingEvery(Duration every) {
		return new PageCacheProperties(true, DataSize.ofMegabytes(1), DataSize.ofKilobytes(100), Duration.ofMinutes(1),
				every, Duration.ofMinutes(1));
	}

	@Test
	void aSpikeReadsTheStateOncePerInterval() {
		PublicVersion versions = new PublicVersion(List.of(content), Clock.systemUTC(), checkingEvery(Duration.ofHours(1)));
		PublicVersion.Version first = versions.current();
		state = new PublicContent.State(Instant.parse("2026-11-21T08:00:00Z"), "13 public");
		for (int i = 0; i < 100; i++) {
			assertThat(versions.current()).isEqualTo(first);
		}
		assertThat(reads).hasValue(1);
		assertThat(first.lastChange()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
	}

	@Test
	void theVersionChangesWithAnyStateAndWithTheDay() {
		Clock morning = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneOffset.UTC);
		PublicVersion versions = new PublicVersion(List.of(content), morning, checkingEvery(Duration.ZERO));
		String tag = versions.current().tag();
		assertThat(versions.current().tag()).isEqualTo(tag);
		state = new PublicContent.State(state.lastChange(), "11 public");
		String afterWithdrawal = versions.current().tag();
		assertThat(afterWithdrawal).isNotEqualTo(tag);
		assertThat(reads).hasValue(3);

		// 17:00 UTC is already the next day in Beijing: what is open or overdue today may have changed.
		Clock evening = Clock.fixed(Instant.parse("2026-11-27T17:00:00Z"), ZoneOffset.UTC);
		assertThat(new PublicVersion(List.of(content), evening, checkingEvery(Duration.ZERO)).current().tag())
			.isNotEqualTo(afterWithdrawal);
	}

}

package org.gongkai.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar kept between read-only transactions: an aged copy is read again by one caller while the others go on
 * with it (they never wait for that reading), and a change is never answered from the old copy.
 */
class CalendarSnapshotTest {

	private static final Duration MAX_AGE = Duration.ofSeconds(5);

	private final AtomicLong nanos = new AtomicLong();

	private final CalendarSnapshot snapshot = new CalendarSnapshot(MAX_AGE, nanos::get);

	private final AtomicInteger reads = new AtomicInteger();

	@Test
	void aFreshCopyIsReadOnce() {
		WorkingDayCount first = snapshot.get(this::read);
		nanos.addAndGet(MAX_AGE.toNanos() - 1);

		assertThat(snapshot.get(this::read)).isSameAs(first);
		assertThat(reads).hasValue(1);
	}

	@Test
	void whileOneCallerReadsAnAgedCopyAgainTheOthersGoOnWithTheAgedCopy() {
		WorkingDayCount aged = snapshot.get(this::read);
		nanos.addAndGet(MAX_AGE.toNanos());
		WorkingDayCount[] servedMeanwhile = new WorkingDayCount[1];

		// The second caller comes while the first one is reading (inside its reading).
		WorkingDayCount fresh = snapshot.get(() -> {
			servedMeanwhile[0] = snapshot.get(this::read);
			return read();
		});

		assertThat(servedMeanwhile[0]).isSameAs(aged);
		assertThat(fresh).isNotSameAs(aged);
		assertThat(reads).hasValue(2);
		assertThat(snapshot.get(this::read)).isSameAs(fresh);
	}

	@Test
	void afterAChangeTheNextCallerReadsAtOnce() {
		WorkingDayCount before = snapshot.get(this::read);

		snapshot.drop();

		assertThat(snapshot.get(this::read)).isNotSameAs(before);
		assertThat(reads).hasValue(2);
	}

	@Test
	void aChangeDuringAReadingIsNotAnsweredFromWhatThatReadingSaw() {
		WorkingDayCount seenBeforeTheChange = snapshot.get(() -> {
			WorkingDayCount read = read();
			snapshot.drop();
			return read;
		});

		assertThat(snapshot.get(this::read)).isNotSameAs(seenBeforeTheChange);
		assertThat(reads).hasValue(2);
	}

	@Test
	void withoutACopyEveryCallerReadsForItself() {
		Supplier<WorkingDayCount> nested = () -> {
			snapshot.get(this::read);
			return read();
		};

		snapshot.get(nested);

		assertThat(reads).hasValue(2);
	}

	private WorkingDayCount read() {
		reads.incrementAndGet();
		return new WorkingDayCount(Map.of(), Optional.of(LocalDate.of(2026, 1, 1).getYear()));
	}

}

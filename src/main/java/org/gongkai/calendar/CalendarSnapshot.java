package org.gongkai.calendar;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The whole calendar kept between read-only transactions. When the copy is older than its age limit one caller reads
 * it again while every other caller goes on with the copy it has: under load, a cache that made all callers wait for
 * that one reading held every request thread and its database connection for the length of the reading, every few
 * seconds (the tracking lookup's p99 of 190-296 ms, issue 16). A change of the calendar on this node ({@link #drop})
 * is never served from the old copy: the next caller reads it afresh, and a reading that began before the change is
 * not kept.
 */
final class CalendarSnapshot {

	private record Kept(WorkingDayCount count, long readAtNanos, long generation) {
	}

	private final long maxAgeNanos;

	private final LongSupplier nanoTime;

	/** Moves with every change: a copy of another generation is no copy. */
	private final AtomicLong generation = new AtomicLong();

	private final AtomicBoolean reading = new AtomicBoolean();

	private volatile Kept kept;

	CalendarSnapshot(Duration maxAge) {
		this(maxAge, System::nanoTime);
	}

	CalendarSnapshot(Duration maxAge, LongSupplier nanoTime) {
		this.maxAgeNanos = maxAge.toNanos();
		this.nanoTime = nanoTime;
	}

	/** The kept copy, or the calendar {@code read} now (see the class comment for who reads and who waits). */
	WorkingDayCount get(Supplier<WorkingDayCount> read) {
		Kept current = this.kept;
		long now = this.nanoTime.getAsLong();
		boolean valid = current != null && current.generation() == this.generation.get();
		if (valid && now - current.readAtNanos() < this.maxAgeNanos) {
			return current.count();
		}
		// Only an aged copy is served meanwhile; without one (first use, a change) every caller reads for itself.
		boolean refreshing = valid;
		if (refreshing && !this.reading.compareAndSet(false, true)) {
			return current.count();
		}
		try {
			long generationRead = this.generation.get();
			WorkingDayCount fresh = read.get();
			if (this.generation.get() == generationRead) {
				this.kept = new Kept(fresh, now, generationRead);
			}
			return fresh;
		}
		finally {
			if (refreshing) {
				this.reading.set(false);
			}
		}
	}

	/** The calendar changed: no caller gets the kept copy any more. */
	void drop() {
		this.generation.incrementAndGet();
		this.kept = null;
	}

}

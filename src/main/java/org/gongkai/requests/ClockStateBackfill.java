package org.gongkai.requests;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Fills the stored clock of applications that have none: the rows that existed before the clock was stored
 * (migration {@code V2026_12_07_1800}). Working days cannot be counted in SQL, so this runs in Java at start-up,
 * before the demo data, in batches of {@value #BATCH} by id, each batch in its own transactions
 * ({@link ClockRecompute}). Idempotent: it only picks rows still without a clock, so an interrupted start
 * continues where it stopped, and two nodes starting together at worst compute a batch twice (the second store
 * finds the version unchanged and writes the same values).
 */
@Component
class ClockStateBackfill {

	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(ClockStateBackfill.class);

	private final RequestRepository requests;

	private final ClockRecompute recompute;

	ClockStateBackfill(RequestRepository requests, ClockRecompute recompute) {
		this.requests = requests;
		this.recompute = recompute;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void atStartup() {
		int filled = fill();
		if (filled > 0) {
			log.info("Stored the clock of {} applications that had none", filled);
		}
	}

	/** Stores the clock of every application without one; returns how many. */
	int fill() {
		int filled = 0;
		long after = 0;
		List<Long> ids;
		while (!(ids = requests.idsWithoutClock(after, Limit.of(BATCH))).isEmpty()) {
			recompute.batch(ids, false);
			filled += ids.size();
			after = ids.get(ids.size() - 1);
		}
		return filled;
	}

}

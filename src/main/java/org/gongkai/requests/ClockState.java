package org.gongkai.requests;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Keeps the clock's state stored with the application ({@link StoredClock}) in step with what {@link RequestClock}
 * computes: every step calls {@link #refresh} in its own transaction, so that the inbox, the badges, the reminders
 * and the statistics can read the due date in SQL and never compute every open clock. The only writer of an
 * application's stored clock ({@link DisclosureRequest#storeClock}) besides the batch recompute's update.
 */
@Component
class ClockState {

	private final RequestClock clock;

	ClockState(RequestClock clock) {
		this.clock = clock;
	}

	/** Stores the application's clock as it stands now, in the caller's transaction. */
	ClockStatement refresh(DisclosureRequest request) {
		ClockStatement statement = clock.statement(request);
		request.storeClock(StoredClock.of(statement, request.status().open(), clock.today()));
		return statement;
	}

	/** The clock of {@code request} as it stands on {@code today}, for a batch that stores it itself. */
	StoredClock compute(DisclosureRequest request, LocalDate today) {
		return StoredClock.of(clock.statement(request), request.status().open(), today);
	}

}

package org.gongkai.requests;

import org.springframework.stereotype.Component;

/**
 * Keeps the clock's state stored with the application ({@link DisclosureRequest#storeClock}) in step with what
 * {@link RequestClock} computes: every step calls {@link #refresh} in its own transaction, so that the inbox, the
 * badges, the reminders and the statistics can read the due date in SQL and never compute every open clock.
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
		request.storeClock(statement, clock.today());
		return statement;
	}

}

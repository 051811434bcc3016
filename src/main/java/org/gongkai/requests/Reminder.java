package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One deadline reminder (到期提醒) of the day for one application, a line of a recipient's digest.
 *
 * @param kind what is reminded of ({@code OVERDUE}, {@code DUE_TODAY}, {@code BEFORE_5}, {@code STOP_FEE} ...):
 *        with {@code requestId} and {@code on} the key that makes it go out once
 * @param on the day the key names: today for an overdue case (reminded every working day), else the deadline
 * @param deadline the date the line shows: the reply's due date, or the stop's deadline
 * @param text what is due, in Chinese
 */
record Reminder(long requestId, String trackingNumber, Urgency urgency, String kind, LocalDate on, LocalDate deadline,
		String text) {

	/** Most urgent first; the longest overdue first inside a group. */
	static final Comparator<Reminder> BY_URGENCY = Comparator.comparing(Reminder::urgency)
		.thenComparing(Reminder::deadline)
		.thenComparing(Reminder::trackingNumber)
		.thenComparing(Reminder::kind);

	Key key() {
		return new Key(requestId, kind, on);
	}

	/** The unique key of a sent reminder ({@link ReminderSent}). */
	record Key(long requestId, String kind, LocalDate on) {
	}

	/** The digest's groups, most urgent first. */
	enum Urgency {

		/** The reply period has passed. */
		OVERDUE,
		/** The last day of the reply period. */
		DUE_TODAY,
		/** The other side's deadline of a stop passed: resume the clock or close the case. */
		STOP_LAPSED,
		/** A few working days left. */
		DUE_SOON;

		String messageKey() {
			return "request.reminder.digest.group." + name();
		}

	}

}

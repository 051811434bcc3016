package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * An application as its applicant sees it on the tracking page and the API: no personal data, no staff names.
 *
 * @param items the requested items; replies show once the application is answered
 * @param fee the fee notice, if one was sent
 * @param withdrawable whether the applicant may still withdraw it
 */
public record TrackingView(String trackingNumber, RequestStatus status, Channel channel, LocalDate receivedOn,
		ClockStatement clock, List<Line> timeline, List<TrackedItem> items, FeeView fee, LocalDate repliedOn,
		Closure closure, boolean withdrawable) {

	public TrackingView {
		timeline = List.copyOf(timeline);
		items = List.copyOf(items);
	}

	/** One step the applicant sees. */
	public record Line(TimelineType type, LocalDate day, String note) {
	}

	/** A requested item and, after the reply, how it was answered. */
	public record TrackedItem(int position, String description, String documentNumber, ReplyType reply) {
	}

}

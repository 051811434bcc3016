package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * An application as its applicant sees it on the tracking page and the API: no personal data, no staff names.
 *
 * @param items the requested items; replies show once the application is answered
 * @param fee the fee notice, if one was sent
 * @param withdrawable whether the applicant may still withdraw it
 * @param awaitedCorrection what the applicant was asked to correct and by when, while a correction is awaited
 */
public record TrackingView(String trackingNumber, RequestStatus status, Channel channel, LocalDate receivedOn,
		ClockStatement clock, List<Line> timeline, List<TrackedItem> items, FeeView fee, LocalDate repliedOn,
		Closure closure, boolean withdrawable, AwaitedCorrection awaitedCorrection) {

	public TrackingView {
		timeline = List.copyOf(timeline);
		items = List.copyOf(items);
	}

	/** One step the applicant sees. */
	public record Line(TimelineType type, LocalDate day, String note) {
	}

	/** A correction asked for (补正): what to correct, asked on, to be sent by. */
	public record AwaitedCorrection(String whatToCorrect, LocalDate askedOn, LocalDate correctBy) {
	}

	/** A requested item and, after the reply, how it was answered. */
	public record TrackedItem(int position, String description, String documentNumber, ReplyType reply) {
	}

}

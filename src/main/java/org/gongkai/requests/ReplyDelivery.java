package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.audit.AuditEvent;

/**
 * Online delivery records its own date (送达日期): the day the applicant who asked for the reply by e-mail or online
 * first opens it, with the query code on the tracking page or through the mailed link.
 * <p>
 * Why the first opening and not the day of issue: the 2019 rules (Art. 31(3)) take the day both sides confirm as
 * the day an application sent as a data message is received, and by the same measure a reply made available
 * online reaches the applicant when the system confirms that the applicant opened it; the rules of civil
 * procedure on electronic service (民事诉讼法 Art. 90) look at the day the document reaches a system the recipient
 * controls, and our portal is not one (the mail carries only a link, never the letter). The reply's timeliness is
 * measured by its issue date (the reply date), so nothing the agency must meet depends on it, while the
 * applicant's periods for reconsideration and litigation run from the day they could know the reply. A link
 * checker opening the mailed address does not count: the link shows a button, and only sending it opens the
 * reply. Staff still record other deliveries (post, collection) by hand, and nothing here overwrites them.
 */
@Component
class ReplyDelivery {

	private final RequestRepository requests;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReplyDelivery(RequestRepository requests, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.events = events;
		this.clock = clock;
	}

	/** Whether opening the reply delivers it: asked for online or by e-mail, and not delivered yet. */
	static boolean deliversOnOpening(DisclosureRequest request) {
		return request.repliedOn() != null && request.deliveredOn() == null
				&& (request.delivery() == Delivery.EMAIL || request.delivery() == Delivery.ONLINE);
	}

	/**
	 * The earliest day a delivery through {@code channel} can have happened. A reply reaches an applicant online (by
	 * e-mail or on the tracking page) no earlier than the day it was recorded, even when it is recorded for an
	 * earlier day: so a hand-entered online delivery is bounded as the first opening is. Any other way (post,
	 * collection) from the reply's own day.
	 */
	static LocalDate earliestDelivery(DisclosureRequest request, Delivery channel, ZoneId zone) {
		if (channel != Delivery.EMAIL && channel != Delivery.ONLINE) {
			return request.repliedOn();
		}
		return request.timeline()
			.stream()
			.filter(entry -> entry.type() == TimelineType.REPLIED)
			.map(entry -> LocalDate.ofInstant(entry.recordedAt(), zone))
			.max(Comparator.naturalOrder())
			.filter(recorded -> recorded.isAfter(request.repliedOn()))
			.orElse(request.repliedOn());
	}

	/** Records the delivery in its own transaction, so that two first openings at once cannot fail the page. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void opened(long requestId, Delivery through) {
		DisclosureRequest request = requests.findById(requestId).orElseThrow();
		if (!deliversOnOpening(request)) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		request.delivered(through, today);
		request.record(TimelineType.DELIVERED, today, Instant.now(clock), null, null);
		events.publishEvent(AuditEvent.of("request.delivered", "DisclosureRequest", request.trackingNumber(),
				"DELIVERED: " + through + ", opened by the applicant").by("applicant"));
	}

}

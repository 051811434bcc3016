package org.gongkai.requests;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;

/**
 * The mailed link to the reply on the handlers' side: whether it still works, and withdrawing it (a mistyped
 * address, a mailbox the applicant says is no longer theirs). The applicant keeps the tracking page with the code.
 */
@Service
@Transactional
public class ReplyLinkAdmin {

	private final RequestRepository requests;

	private final ReplyLinks links;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReplyLinkAdmin(RequestRepository requests, ReplyLinks links, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.links = links;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<ReplyLinkView> latest(Me me, long requestId) {
		handled(me, requestId);
		return links.latest(requestId)
			.map(link -> new ReplyLinkView(link.createdAt(), link.expiresAt(), link.revokedAt(),
					link.validAt(clock.instant())));
	}

	public void revoke(Me me, long requestId) {
		DisclosureRequest request = handled(me, requestId);
		if (links.latest(requestId).filter(link -> link.validAt(clock.instant())).isEmpty()) {
			throw RuleViolation.conflict(null, "request.replyLink.none");
		}
		links.revokeAll(request);
		events.publishEvent(AuditEvent.of("request.reply.linkRevoked", "DisclosureRequest", request.trackingNumber(),
				"mailed link to the reply revoked"));
	}

	private DisclosureRequest handled(Me me, long requestId) {
		DisclosureRequest request = requests.findById(requestId)
			.orElseThrow(() -> RuleViolation.notFound("request.notFound"));
		RequestPermissions.requireHandle(me, request);
		return request;
	}

}

package org.gongkai.requests;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.QueryCodes;
import org.gongkai.common.RuleViolation;

/**
 * The reply on the applicant's side: read with the tracking number and query code, or with the mailed link; the
 * letter as DOCX and every released file to download, each download audited. Every mismatch (unknown number,
 * wrong code, unknown, expired or revoked link, a file of another reply) gets the tracking page's one "not found",
 * so nothing tells which numbers or links exist. Opening the reply may deliver it ({@link ReplyDelivery}).
 */
@Service
@Transactional
public class ApplicantReplies {

	private final RequestRepository requests;

	private final ReplyLinks links;

	private final ReplyPackage replies;

	private final ReplyFileRepository files;

	private final ApplicantFileStore store;

	private final ReplyDelivery delivery;

	private final LetterSettings settings;

	private final ApplicationEventPublisher events;

	ApplicantReplies(RequestRepository requests, ReplyLinks links, ReplyPackage replies, ReplyFileRepository files,
			ApplicantFileStore store, ReplyDelivery delivery, LetterSettings settings,
			ApplicationEventPublisher events) {
		this.requests = requests;
		this.links = links;
		this.replies = replies;
		this.files = files;
		this.store = store;
		this.delivery = delivery;
		this.settings = settings;
		this.events = events;
	}

	/**
	 * What opens a reply: the mailed link's token, or the tracking number with the query code. Sent by POST, so that
	 * neither lands in an address bar, a history or an access log.
	 */
	public record ReplyKey(String trackingNumber, String queryCode, String token) {

		boolean link() {
			return token != null && !token.isBlank();
		}

	}

	/** The reply of an application tracked with its code; empty while there is none. */
	public Optional<ReplyView> open(String trackingNumber, String queryCode) {
		DisclosureRequest request = find(new ReplyKey(trackingNumber, queryCode, null));
		if (request.repliedOn() == null) {
			return Optional.empty();
		}
		return Optional.of(opened(request, Delivery.ONLINE));
	}

	/** The reply the mailed link opens. */
	public ReplyView open(ReplyKey key) {
		DisclosureRequest request = replied(key);
		return opened(request, key.link() ? Delivery.EMAIL : Delivery.ONLINE);
	}

	/** The letter as issued, to download (DOCX); audited. */
	public LetterView letter(ReplyKey key) {
		DisclosureRequest request = replied(key);
		events.publishEvent(AuditEvent.of("request.reply.letterDownloaded", "DisclosureRequest",
				request.trackingNumber(), "reply letter, " + through(key)).by("applicant"));
		return new LetterView(request.id(), request.trackingNumber(), false, request.repliedOn(), settings.agency(),
				request.replyLetter());
	}

	/** A file released with the reply; audited, one entry per download. */
	public ReplyFiles.Download file(ReplyKey key, long fileId) throws IOException {
		DisclosureRequest request = replied(key);
		ReplyFile file = files.findByIdAndRequestId(fileId, request.id()).orElseThrow(ApplicantReplies::notFound);
		ReplyFiles.Download download = new ReplyFiles.Download(file.toView(), store.open(file.storageKey()));
		events.publishEvent(AuditEvent.of("request.replyFile.downloaded", "DisclosureRequest",
				request.trackingNumber(), file.fileName() + " (#" + fileId + ", " + through(key) + ")")
			.by("applicant"));
		return download;
	}

	private ReplyView opened(DisclosureRequest request, Delivery through) {
		if (ReplyDelivery.deliversOnOpening(request)) {
			try {
				delivery.opened(request.id(), through);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				// Another first opening recorded the delivery at the same moment: nothing is lost.
			}
		}
		return replies.view(request);
	}

	private DisclosureRequest replied(ReplyKey key) {
		DisclosureRequest request = find(key);
		if (request.repliedOn() == null) {
			throw notFound();
		}
		return request;
	}

	private DisclosureRequest find(ReplyKey key) {
		if (key.link()) {
			return links.requestOf(key.token()).flatMap(requests::findById).orElseThrow(ApplicantReplies::notFound);
		}
		return Optional.ofNullable(key.trackingNumber())
			.map(number -> number.trim().toUpperCase(Locale.ROOT))
			.flatMap(requests::findByTrackingNumber)
			.filter(request -> QueryCodes.matches(key.queryCode(), request.queryCodeHash()))
			.orElseThrow(ApplicantReplies::notFound);
	}

	private static String through(ReplyKey key) {
		return key.link() ? "mailed link" : "tracking page";
	}

	/** The tracking page's answer to every mismatch. */
	private static RuleViolation notFound() {
		return new RuleViolation(HttpStatus.NOT_FOUND, "request.track.notFound", null);
	}

}

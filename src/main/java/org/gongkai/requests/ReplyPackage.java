package org.gongkai.requests;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gongkai.audit.AuditEvent;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.common.PublicLinks;
import org.gongkai.common.RuleViolation;
import org.gongkai.mail.OutgoingMail;

/**
 * The reply as a package (答复): what issuing it requires besides the letter, what it holds for the applicant
 * (the letter, each item released or withheld and why, linked documents, files), and the mail that tells the
 * applicant. An applicant who asked for the reply by e-mail or online gets a link that opens this reply only
 * ({@link ReplyLinks}); anyone else with an address is told to read it on the tracking page. No mail ever holds
 * the query code.
 */
@Component
class ReplyPackage {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final RequestRepository requests;

	private final ReplyFileRepository files;

	private final ReplyLinks links;

	private final Catalogue catalogue;

	private final LetterSettings settings;

	private final MessageSource messages;

	private final PublicLinks publicLinks;

	private final ApplicationEventPublisher events;

	ReplyPackage(RequestRepository requests, ReplyFileRepository files, ReplyLinks links, Catalogue catalogue, LetterSettings settings,
			MessageSource messages, PublicLinks publicLinks, ApplicationEventPublisher events) {
		this.requests = requests;
		this.files = files;
		this.links = links;
		this.catalogue = catalogue;
		this.settings = settings;
		this.messages = messages;
		this.publicLinks = publicLinks;
		this.events = events;
	}

	/** A reply answers something: an application with no item decided cannot be replied to. */
	static void requireSomethingDecided(DisclosureRequest request) {
		if (request.items().stream().noneMatch(RequestedItem::decided)) {
			throw RuleViolation.conflict(null, "request.reply.nothingDecided");
		}
	}

	/**
	 * After the reply is issued, in its transaction: the applicant is mailed, with a link when they asked for the
	 * reply by e-mail or online. This mail replaces the general step mail ({@link RequestMail}) for the reply.
	 */
	@EventListener
	void issued(ApplicantNotice notice) {
		if (notice.type() != TimelineType.REPLIED) {
			return;
		}
		DisclosureRequest request = requests.findByTrackingNumber(notice.trackingNumber()).orElseThrow();
		String email = request.applicant().email();
		if (email == null) {
			return;
		}
		String number = request.trackingNumber();
		String subject = message("request.mail.reply.subject", number);
		String body;
		if (request.delivery() == Delivery.EMAIL || request.delivery() == Delivery.ONLINE) {
			String token = links.issue(request);
			String until = DAY.format(links.latest(request.id()).orElseThrow().expiresAt().atZone(CHINA));
			body = message("request.mail.reply.link", number, DAY.format(request.repliedOn()),
					publicLinks.absolute("/track/reply/" + token), until, publicLinks.absolute("/track"));
			events.publishEvent(AuditEvent.of("request.reply.linkMailed", "DisclosureRequest", number,
					"link to the reply mailed, valid until " + until));
		}
		else {
			body = message("request.mail.reply.track", number, DAY.format(request.repliedOn()),
					publicLinks.absolute("/track"));
		}
		events.publishEvent(new OutgoingMail(email, subject, body, "request.replied", number));
	}

	/** The reply as the applicant receives it. */
	ReplyView view(DisclosureRequest request) {
		List<ReplyView.Item> items = request.items().stream().map(item -> item(request, item)).toList();
		return new ReplyView(request.trackingNumber(), request.repliedOn(), settings.agency(), request.replyLetter(),
				items, files.findByRequestIdOrderById(request.id()).stream().map(ReplyFile::toView).toList(),
				request.deliveredOn());
	}

	private ReplyView.Item item(DisclosureRequest request, RequestedItem item) {
		RuleSet rules = request.rules();
		List<ReplyView.LinkedDocument> documents = item.documentIds()
			.stream()
			.flatMap(id -> catalogue.publicDocument(id).stream())
			.map(d -> new ReplyView.LinkedDocument(d.id(), d.indexNumber(), d.title()))
			.toList();
		return new ReplyView.Item(item.position(), item.description(), item.reply(), item.reply().article(rules),
				item.ground(), item.ground() == null ? null : item.ground().article(rules), item.explanation(),
				documents);
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

}

package org.gongkai.requests;

import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gongkai.common.PublicLinks;
import org.gongkai.mail.OutgoingMail;

/**
 * E-mails to the applicant (when they gave an address): the acknowledgement with the tracking number and due date,
 * and each step they must be told of (a correction, an extension, a fee, the reply, a closure). Written in Chinese,
 * the language of the department's letters; stored in the step's transaction by the mail module and sent after
 * commit. The query code is never mailed: it stays on the applicant's receipt.
 */
@Component
class RequestMail {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final PublicLinks links;

	RequestMail(MessageSource messages, ApplicationEventPublisher events, PublicLinks links) {
		this.messages = messages;
		this.events = events;
		this.links = links;
	}

	@EventListener
	void received(RequestReceived event) {
		if (event.email() == null) {
			return;
		}
		String subject = message("request.mail.received.subject", event.trackingNumber());
		String body = message("request.mail.received.body", event.trackingNumber(), event.receivedOn(),
				event.dueDate(), links.absolute("/track"));
		events.publishEvent(new OutgoingMail(event.email(), subject, body, "request.received", event.trackingNumber()));
	}

	@EventListener
	void step(ApplicantNotice notice) {
		if (notice.email() == null || notice.type() == TimelineType.REPLIED) {
			// The reply's own mail, with its link, is ReplyPackage's.
			return;
		}
		String step = message(notice.type().messageKey());
		String subject = message("request.mail.step.subject", step, notice.trackingNumber());
		String body = message("request.mail.step.body", notice.trackingNumber(), notice.day(), step,
				notice.note() == null ? "" : notice.note(), links.absolute("/track"));
		events.publishEvent(new OutgoingMail(notice.email(), subject, body, "request." + notice.type().name()
			.toLowerCase(Locale.ROOT), notice.trackingNumber()));
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

}

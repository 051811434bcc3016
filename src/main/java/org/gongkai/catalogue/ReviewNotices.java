package org.gongkai.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gongkai.common.PublicLinks;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffDirectory;
import org.gongkai.identity.StaffDirectory.Recipient;
import org.gongkai.mail.OutgoingMail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the unit's reviewers by e-mail that a draft or revision awaits their confidentiality review, in the
 * transaction of the submission (the mail is kept with it, sent after commit). Whoever had a hand in it is left
 * out, since four eyes bars them from the review; when the unit has no reviewer to write to, the disclosure office
 * (which reviews for every unit) is told instead, so that nothing waits unseen.
 */
@Component
class ReviewNotices {

	static final String PURPOSE = "document.review.requested";

	/** Staff mail is written in Chinese, as the other notices to staff are. */
	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final StaffDirectory directory;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final PublicLinks links;

	ReviewNotices(StaffDirectory directory, MessageSource messages, ApplicationEventPublisher events,
			PublicLinks links) {
		this.directory = directory;
		this.messages = messages;
		this.events = events;
		this.links = links;
	}

	@EventListener
	void on(DocumentAwaitsReview waiting) {
		String kind = message(waiting.revisionId() == null ? "docs.mail.review.draft" : "docs.mail.review.revision");
		String subject = message("docs.mail.review.subject", kind, waiting.title());
		String body = message("docs.mail.review.body", kind, waiting.title(), waiting.submittedBy(),
				links.absolute("/admin/documents/" + waiting.documentId()), links.absolute("/admin/documents/review"));
		recipients(waiting).forEach(to -> events.publishEvent(
				new OutgoingMail(to.email(), subject, body, PURPOSE, String.valueOf(waiting.documentId()))));
	}

	/** The unit's reviewers without the contributors, each address once; else the disclosure office. */
	private List<Recipient> recipients(DocumentAwaitsReview waiting) {
		Map<String, Recipient> byAddress = new LinkedHashMap<>();
		directory.withRole(Role.UNIT_REVIEWER, Set.of(waiting.unitId()))
			.stream()
			.filter(r -> !waiting.contributors().contains(r.username()))
			.forEach(r -> byAddress.putIfAbsent(r.email(), r));
		if (byAddress.isEmpty()) {
			directory.withRole(Role.DISCLOSURE_OFFICE, Set.of())
				.stream()
				.filter(r -> !waiting.contributors().contains(r.username()))
				.forEach(r -> byAddress.putIfAbsent(r.email(), r));
		}
		return List.copyOf(byAddress.values());
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

}

package org.gongkai.catalogue.site;

import java.time.Clock;
import java.util.Optional;

import org.gongkai.audit.AuditEvent;
import org.gongkai.catalogue.RichText;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and editing the disclosure guide (政府信息公开指南). Saved HTML is sanitised like document bodies;
 * a save based on an older version than the stored one is refused, so that nobody overwrites a colleague's
 * text unknowingly. Every save is audited.
 */
@Service
@Transactional
class Guides {

	/** The column's size: the sanitised text must fit. */
	static final int MAX_LENGTH = 200_000;

	private final GuideRepository guides;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Guides(GuideRepository guides, ApplicationEventPublisher events, Clock clock) {
		this.guides = guides;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<GuideView> current() {
		return guides.findById(Guide.ID).map(Guide::toView);
	}

	/** Saves the guide as sanitised HTML: scripts, event handlers, styles and images do not survive. */
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'DISCLOSURE_OFFICE')")
	void save(Me me, String html, long expectedVersion) {
		String clean = RichText.sanitize(html);
		if (RichText.toPlainText(clean).isBlank()) {
			throw RuleViolation.invalid("body", "site.guide.blank");
		}
		if (clean.length() > MAX_LENGTH) {
			throw RuleViolation.invalid("body", "site.guide.tooLong", MAX_LENGTH);
		}
		Optional<Guide> stored = guides.findById(Guide.ID);
		if (stored.map(Guide::getVersion).orElse(0L) != expectedVersion) {
			throw RuleViolation.conflict("body", "site.guide.conflict");
		}
		Guide guide = stored.orElseGet(() -> new Guide(clean, me.username(), clock.instant()));
		guide.rewrite(clean, me.username(), clock.instant());
		guides.save(guide);
		events.publishEvent(AuditEvent.of("guide.updated", "Guide", Guide.ID,
				"disclosure guide saved (" + clean.length() + " characters)"));
	}

}

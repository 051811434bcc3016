package org.gongkai.requests;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;

/**
 * The reply-letter templates (答复告知书模板) the disclosure office keeps: listed, previewed against a sample case,
 * saved (placeholders checked, a colleague's newer save never overwritten unknowingly) and reset to the shipped
 * text. Every change is audited. Only the disclosure office (and its head) may see or change them.
 */
@Service
@Transactional
public class LetterTemplates {

	private final LetterTemplateRepository templates;

	private final ReplyLetters letters;

	private final LetterSamples samples;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LetterTemplates(LetterTemplateRepository templates, ReplyLetters letters, LetterSamples samples,
			ApplicationEventPublisher events, Clock clock) {
		this.templates = templates;
		this.letters = letters;
		this.samples = samples;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<LetterTemplateView> all(Me me) {
		requireOffice(me);
		return templates.findAllByOrderBySortOrderAsc().stream().map(LetterTemplate::toView).toList();
	}

	@Transactional(readOnly = true)
	public LetterTemplateView get(Me me, String code) {
		requireOffice(me);
		return load(code).toView();
	}

	/** The whole sample letter with {@code body} in place of the stored text; refused like a save when invalid. */
	@Transactional(readOnly = true)
	public String preview(Me me, String code, String body) {
		requireOffice(me);
		LetterTemplate template = load(code);
		String text = LetterTemplateRules.check(template.kind(), body);
		return letters.compose(samples.forTemplate(code, template.kind()), Map.of(code, text));
	}

	/** Saves a template edited from {@code expectedVersion}. */
	public void save(Me me, String code, String body, long expectedVersion) {
		requireOffice(me);
		LetterTemplate template = load(code);
		String text = LetterTemplateRules.check(template.kind(), body);
		if (template.version() != expectedVersion) {
			throw RuleViolation.conflict("body", "letter.template.conflict");
		}
		template.rewrite(text, me.username(), clock.instant());
		templates.save(template);
		events.publishEvent(AuditEvent.of("request.letterTemplate.saved", "LetterTemplate", code,
				"reply-letter template saved (" + text.length() + " characters)"));
	}

	/** Puts the shipped text back. */
	public void reset(Me me, String code) {
		requireOffice(me);
		LetterTemplate template = load(code);
		template.reset(me.username(), clock.instant());
		templates.save(template);
		events.publishEvent(AuditEvent.of("request.letterTemplate.reset", "LetterTemplate", code,
				"reply-letter template reset to the shipped text"));
	}

	private LetterTemplate load(String code) {
		return templates.findById(code).orElseThrow(() -> RuleViolation.notFound("letter.template.notFound"));
	}

	private static void requireOffice(Me me) {
		if (!RequestPermissions.office(me)) {
			throw RuleViolation.forbidden("letter.template.denied");
		}
	}

}

package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.gongkai.catalogue.Catalogue;

/**
 * Drafts the reply letter (政府信息公开申请答复告知书) of a case for the handler to check and edit before issuing,
 * from the templates the disclosure office keeps ({@link LetterTemplates}): each item's paragraph cites the article
 * of its reply under the application's rules and, for a refusal, the article of its ground; "already public" and
 * "disclosed" items list the catalogue documents with their public addresses.
 */
@Component
public class ReplyLetters {

	private final LetterTemplateRepository templates;

	private final Catalogue catalogue;

	private final LetterSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	ReplyLetters(LetterTemplateRepository templates, Catalogue catalogue, LetterSettings settings,
			MessageSource messages, Clock clock) {
		this.templates = templates;
		this.catalogue = catalogue;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	/** The letter's text for {@code view}, dated today. */
	public String draft(CaseView view) {
		List<LetterFacts.Item> items = view.items().stream().map(this::item).toList();
		return compose(new LetterFacts(view.trackingNumber(), view.applicant().name(), view.receivedOn(),
				view.rules(), settings.agency(), LocalDate.now(clock), items), Map.of());
	}

	/** The letter for {@code facts} with the stored templates, some replaced by {@code overrides} (a preview). */
	String compose(LetterFacts facts, Map<String, String> overrides) {
		Map<String, String> texts = new HashMap<>();
		templates.findAll().forEach(t -> texts.put(t.code(), t.body()));
		texts.putAll(overrides);
		return LetterComposer.compose(texts, facts);
	}

	LetterFacts.Item item(ReplyType reply, Ground ground, String description, String explanation,
			List<LetterFacts.LinkedDocument> documents) {
		return new LetterFacts.Item(description, null, reply, reply == null ? null : label(reply.messageKey()),
				ground, explanation, documents);
	}

	private LetterFacts.Item item(CaseView.ItemView item) {
		List<LetterFacts.LinkedDocument> documents = item.documentIds()
			.stream()
			.map(catalogue::publicDocument)
			.flatMap(java.util.Optional::stream)
			.map(d -> new LetterFacts.LinkedDocument(d.title(), d.indexNumber(), settings.documentUrl(d.id())))
			.toList();
		return new LetterFacts.Item(item.description(), item.documentNumber(), item.reply(),
				item.reply() == null ? null : label(item.reply().messageKey()), item.ground(), item.explanation(),
				documents);
	}

	/** Letters are Chinese whatever the handler's display language. */
	private String label(String key) {
		return Objects.requireNonNull(messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE));
	}

}

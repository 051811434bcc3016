package org.gongkai.services.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.services.GuideElement;
import org.gongkai.services.GuideIncomplete;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;

/** A refusal for missing elements in words: one sentence naming them all, and one error per element's field. */
final class MissingElements {

	private MissingElements() {
	}

	/** "缺少 2 项必备要素，不能发布：办理时间、联系电话。" */
	static String sentence(GuideIncomplete ex, MessageSource messages, Locale locale) {
		String separator = messages.getMessage("services.element.separator", null, ", ", locale);
		String names = String.join(separator,
				ex.missing().stream().map(e -> messages.getMessage(e.messageKey(), null, locale)).toList());
		return messages.getMessage("services.guide.incomplete.list", new Object[] { ex.missing().size(), names },
				locale);
	}

	/** The API's problem entries: the field, the element and the message, one per element missing. */
	static List<Map<String, String>> problems(GuideIncomplete ex, MessageSource messages, Locale locale) {
		return ex.missing()
			.stream()
			.map(e -> Map.of("field", e.field(), "element", e.name(), "message", missingMessage(e, messages, locale)))
			.toList();
	}

	/** Marks each missing element's field on the form, and the whole refusal above it. */
	static void applyTo(GuideIncomplete ex, Errors errors, MessageSource messages, Locale locale) {
		errors.reject("services.guide.incomplete.list", sentence(ex, messages, locale));
		for (GuideElement e : ex.missing()) {
			errors.rejectValue(e.field(), "services.element.missing", missingMessage(e, messages, locale));
		}
	}

	private static String missingMessage(GuideElement e, MessageSource messages, Locale locale) {
		return messages.getMessage("services.element.missing",
				new Object[] { messages.getMessage(e.messageKey(), null, locale) }, locale);
	}

}

package org.gongkai.interpretation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import org.gongkai.common.RuleViolation;
import org.gongkai.common.Texts;

/**
 * What each form needs, checked before anything is saved: a text (the interpretation; for a graphic its full text
 * alternative, for audio/video its summary), Q&A pairs with both halves, an https link for audio/video, and the
 * interpreter's name for expert, leader and interview interpretations. Each refusal names its field.
 */
final class InterpretationRules {

	private InterpretationRules() {
	}

	static void check(InterpretationDraft draft) {
		InterpretationForm form = draft.form();
		if (form == InterpretationForm.QA) {
			checkPairs(draft.pairs());
		}
		else if (Texts.blankToNull(draft.body()) == null) {
			throw RuleViolation.invalid("body", switch (form) {
				case GRAPHIC -> "interpretation.body.graphicRequired";
				case MEDIA -> "interpretation.body.mediaRequired";
				default -> "interpretation.body.required";
			});
		}
		if (form == InterpretationForm.MEDIA) {
			requireHttps(draft.mediaUrl());
		}
		if (form.namesInterpreter() && Texts.blankToNull(draft.interpreterName()) == null) {
			throw RuleViolation.invalid("interpreterName", "interpretation.interpreter.required");
		}
	}

	private static void checkPairs(List<QaPair> pairs) {
		if (pairs.isEmpty()) {
			throw RuleViolation.invalid("questions", "interpretation.qa.required");
		}
		for (int i = 0; i < pairs.size(); i++) {
			QaPair pair = pairs.get(i);
			if (Texts.blankToNull(pair.question()) == null || Texts.blankToNull(pair.answer()) == null) {
				throw RuleViolation.invalid("questions", "interpretation.qa.incomplete", i + 1);
			}
		}
	}

	/** Audio and video are linked over https only: a plain http or script link is refused. */
	static void requireHttps(String url) {
		String value = Texts.blankToNull(url);
		if (value == null) {
			throw RuleViolation.invalid("mediaUrl", "interpretation.media.required");
		}
		try {
			URI uri = new URI(value);
			if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
					|| uri.getHost() == null || uri.getHost().isBlank()) {
				throw RuleViolation.invalid("mediaUrl", "interpretation.media.https");
			}
		}
		catch (URISyntaxException ex) {
			throw RuleViolation.invalid("mediaUrl", "interpretation.media.https");
		}
	}

}

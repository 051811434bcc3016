package org.gongkai.requests;

import java.util.regex.Matcher;

import org.gongkai.common.RuleViolation;

/**
 * What a saved template must be: not blank, not too long, and with only the placeholders its kind knows. A typo
 * such as {@code {申请日期}} would otherwise reach an applicant verbatim, so it is refused by name.
 */
final class LetterTemplateRules {

	/** The column's size. */
	static final int MAX_LENGTH = 4000;

	private LetterTemplateRules() {
	}

	static String check(LetterTemplateKind kind, String body) {
		String text = body == null ? "" : body.replace("\r\n", "\n").strip();
		if (text.isEmpty()) {
			throw RuleViolation.invalid("body", "letter.template.blank");
		}
		if (text.length() > MAX_LENGTH) {
			throw RuleViolation.invalid("body", "letter.template.tooLong", MAX_LENGTH);
		}
		Matcher m = LetterComposer.PLACEHOLDER.matcher(text);
		while (m.find()) {
			LetterPlaceholder placeholder = LetterPlaceholder.byLabel(m.group(1))
				.orElseThrow(() -> RuleViolation.invalid("body", "letter.template.placeholder.unknown", m.group()));
			if (placeholder.itemOnly() && !kind.itemPlaceholdersAllowed()) {
				throw RuleViolation.invalid("body", "letter.template.placeholder.itemOnly", m.group());
			}
		}
		return text;
	}

}

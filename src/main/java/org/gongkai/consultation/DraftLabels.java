package org.gongkai.consultation;

import java.util.regex.Matcher;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The label of a draft's entry as pages show it ({@code ${@draftLabels.shown(a.label())}}): the labels the system
 * gave (前言, 第1段, see {@link DraftText}) in the reader's language; the draft's own (第三条, 第一章) are its content and
 * stay as written, marked Chinese ({@code th:lang="${@draftLabels.lang(a.label())}"}).
 */
@Component("draftLabels")
public class DraftLabels {

	private final MessageSource messages;

	DraftLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** The label in the reader's language where the system gave it, else as the draft wrote it; null stays null. */
	public String shown(String label) {
		if (label == null) {
			return null;
		}
		if (DraftText.PREAMBLE.equals(label)) {
			return messages.getMessage("consultation.draft.preamble", null, LocaleContextHolder.getLocale());
		}
		Matcher paragraph = DraftText.PARAGRAPH.matcher(label);
		if (paragraph.matches()) {
			return messages.getMessage("consultation.draft.paragraph", new Object[] { paragraph.group(1) },
					LocaleContextHolder.getLocale());
		}
		return label;
	}

	/** {@code zh-CN} for a label the draft wrote (Chinese content), {@code null} for one shown in the reader's words. */
	public String lang(String label) {
		return label == null || generated(label) ? null : "zh-CN";
	}

	private static boolean generated(String label) {
		return DraftText.PREAMBLE.equals(label) || DraftText.PARAGRAPH.matcher(label).matches();
	}

}

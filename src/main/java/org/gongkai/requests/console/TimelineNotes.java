package org.gongkai.requests.console;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongkai.requests.AppealKind;
import org.gongkai.requests.AppealOutcome;
import org.gongkai.requests.CaseView;
import org.gongkai.requests.ReplyType;

/**
 * The notes of the internal timeline steps in words: the facade records a decision as {@code 2: PARTLY_DISCLOSED}
 * and an appeal as {@code RECONSIDERATION: UPHELD}; the case page shows 事项 2：部分公开 and 行政复议：结果维持.
 * Any other note is shown as recorded.
 */
@Component
class TimelineNotes {

	private static final Pattern DECISION = Pattern.compile("(\\d+): ([A-Z_]+)");

	private static final Pattern APPEAL = Pattern.compile("([A-Z_]+)(?:: ([A-Z_]+))?");

	private final MessageSource messages;

	TimelineNotes(MessageSource messages) {
		this.messages = messages;
	}

	/** One note per step of {@code timeline}, {@code null} where there is none. */
	List<String> of(List<CaseView.TimelineView> timeline) {
		Locale locale = LocaleContextHolder.getLocale();
		return timeline.stream().map(step -> readable(step, locale)).toList();
	}

	private String readable(CaseView.TimelineView step, Locale locale) {
		String note = step.note();
		if (note == null) {
			return null;
		}
		try {
			switch (step.type()) {
				case ITEM_DECIDED -> {
					Matcher m = DECISION.matcher(note);
					if (m.matches()) {
						return messages.getMessage("requests.console.timeline.decided",
								new Object[] { m.group(1), label(ReplyType.valueOf(m.group(2)).messageKey(), locale) },
								locale);
					}
				}
				case APPEAL_RECORDED, APPEAL_DECIDED -> {
					Matcher m = APPEAL.matcher(note);
					if (m.matches()) {
						String kind = label(AppealKind.valueOf(m.group(1)).messageKey(), locale);
						return m.group(2) == null ? kind
								: messages.getMessage("requests.console.timeline.appealOutcome",
										new Object[] { kind, label(AppealOutcome.valueOf(m.group(2)).messageKey(), locale) },
										locale);
					}
				}
				default -> {
					return note;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return note;
		}
		return note;
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}

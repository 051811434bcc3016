package org.gongkai.requests.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongkai.common.DisplayDates;
import org.gongkai.identity.UnitLabels;
import org.gongkai.requests.AppealKind;
import org.gongkai.requests.AppealOutcome;
import org.gongkai.requests.CaseView;
import org.gongkai.requests.ReplyType;
import org.gongkai.requests.TimelineType;
import org.gongkai.requests.TrackingView;

/**
 * The notes of the internal timeline steps in the reader's words: the facade records a decision as
 * {@code 2: PARTLY_DISCLOSED}, an appeal as {@code RECONSIDERATION: UPHELD}, an assignment as the units' Chinese
 * names, an extension as {@code 20 / reason / 2026-12-11}; the case page shows 事项 2：部分公开, Legal Affairs
 * Division, 7 Dec 2026. What staff typed (reasons, what to correct, any other note) stays as typed, apart, so that
 * English pages mark it Chinese.
 */
@Component
public class TimelineNotes {

	private static final Pattern DECISION = Pattern.compile("(\\d+): ([A-Z_]+)");

	private static final Pattern APPEAL = Pattern.compile("([A-Z_]+)(?:: ([A-Z_]+))?");

	private static final Pattern PROPOSED = Pattern.compile("(\\d+): (.*)", Pattern.DOTALL);

	private static final Pattern EXTENDED = Pattern.compile("(\\d+) / (.*?)(?: / (\\d{4}-\\d{2}-\\d{2}))?",
			Pattern.DOTALL);

	private static final Pattern FEE = Pattern.compile("(\\d+) / (\\d{4}-\\d{2}-\\d{2})");

	private static final Pattern CORRECTION = Pattern.compile("(.*) \\((\\d{4}-\\d{2}-\\d{2})\\)", Pattern.DOTALL);

	private static final Pattern MOVED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) → (\\d{4}-\\d{2}-\\d{2})");

	/** A note: the part in the reader's words, then what staff typed as they typed it (either may be absent). */
	public record Note(String text, String chinese) {
	}

	private final MessageSource messages;

	private final DisplayDates dates;

	private final UnitLabels units;

	TimelineNotes(MessageSource messages, DisplayDates dates, UnitLabels units) {
		this.messages = messages;
		this.dates = dates;
		this.units = units;
	}

	/** One note per step of {@code timeline}, {@code null} where there is none. */
	List<Note> of(List<CaseView.TimelineView> timeline) {
		Locale locale = LocaleContextHolder.getLocale();
		return timeline.stream().map(step -> readable(step.type(), step.note(), locale)).toList();
	}

	/** One note per line of the applicant's timeline (the tracking page), {@code null} where there is none. */
	public List<Note> ofTracking(List<TrackingView.Line> timeline) {
		Locale locale = LocaleContextHolder.getLocale();
		return timeline.stream().map(line -> readable(line.type(), line.note(), locale)).toList();
	}

	private Note readable(TimelineType type, String note, Locale locale) {
		if (note == null) {
			return null;
		}
		try {
			Note read = switch (type) {
				case ITEM_DECIDED -> decision(note, locale);
				case APPEAL_RECORDED, APPEAL_DECIDED -> appeal(note, locale);
				case ASSIGNED -> new Note(String.join(message("list.separator", locale),
						units.named(Arrays.asList(note.split("、")))), null);
				case EXTENSION_PROPOSED -> proposed(note, locale);
				case EXTENDED -> extended(note, locale);
				case FEE_NOTICE -> fee(note, locale);
				case CORRECTION_REQUESTED -> correction(note, locale);
				case DUE_DATE_MOVED -> moved(note);
				default -> null;
			};
			return read != null ? read : new Note(null, note);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			return new Note(null, note);
		}
	}

	private Note decision(String note, Locale locale) {
		Matcher m = DECISION.matcher(note);
		return m.matches() ? new Note(message("requests.console.timeline.decided", locale, m.group(1),
				label(ReplyType.valueOf(m.group(2)).messageKey(), locale)), null) : null;
	}

	private Note appeal(String note, Locale locale) {
		Matcher m = APPEAL.matcher(note);
		if (!m.matches()) {
			return null;
		}
		String kind = label(AppealKind.valueOf(m.group(1)).messageKey(), locale);
		return new Note(m.group(2) == null ? kind : message("requests.console.timeline.appealOutcome", locale, kind,
				label(AppealOutcome.valueOf(m.group(2)).messageKey(), locale)), null);
	}

	private Note proposed(String note, Locale locale) {
		Matcher m = PROPOSED.matcher(note);
		return m.matches() ? new Note(message("requests.console.timeline.proposed", locale, m.group(1)), m.group(2))
				: null;
	}

	private Note extended(String note, Locale locale) {
		Matcher m = EXTENDED.matcher(note);
		if (!m.matches()) {
			return null;
		}
		return new Note(m.group(3) == null ? message("requests.console.timeline.proposed", locale, m.group(1))
				: message("requests.console.timeline.extended", locale, m.group(1), day(m.group(3))), m.group(2));
	}

	private Note fee(String note, Locale locale) {
		Matcher m = FEE.matcher(note);
		return m.matches() ? new Note(message("requests.console.timeline.fee", locale, m.group(1), day(m.group(2))),
				null) : null;
	}

	private Note correction(String note, Locale locale) {
		Matcher m = CORRECTION.matcher(note);
		return m.matches() ? new Note(message("requests.console.timeline.correctBy", locale, day(m.group(2))),
				m.group(1)) : null;
	}

	private Note moved(String note) {
		Matcher m = MOVED.matcher(note);
		return m.matches() ? new Note(day(m.group(1)) + " → " + day(m.group(2)), null) : null;
	}

	private String day(String iso) {
		return dates.day(LocalDate.parse(iso));
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}

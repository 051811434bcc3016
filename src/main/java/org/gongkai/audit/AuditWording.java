package org.gongkai.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The log in the reader's language: action codes in words ({@code login.succeeded} → 登录成功 / Signed in, from
 * {@code audit.action.<code>}), codes inside a summary in words ({@code ITEM_DECIDED: 1: DISCLOSED} → 作出答复决定:
 * 1: 予以公开, from {@code audit.term.<CODE>}) and times in Beijing time, in the locale's own form. A code without
 * wording is shown as recorded; the recorded row itself never changes (its hash covers it).
 */
@Component("auditWording")
public class AuditWording {

	/** The department's time, whatever the server's zone. */
	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

	private final MessageSource messages;

	AuditWording(MessageSource messages) {
		this.messages = messages;
	}

	public String action(String code) {
		return code == null ? "" : messages.getMessage("audit.action." + code, null, code, locale());
	}

	/** Who acted: a staff member's user name as recorded; the system and the demo data in words. */
	public String actor(String actor) {
		return AuditTrail.SYSTEM.equals(actor) || AuditTrail.DEMO_DATA.equals(actor)
				? messages.getMessage("audit.actor." + actor, null, actor, locale()) : actor;
	}

	public String summary(String summary) {
		if (summary == null) {
			return "";
		}
		Matcher m = CODE.matcher(summary);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String code = m.group();
			String words = code.length() < 3 ? code : messages.getMessage("audit.term." + code, null, code, locale());
			m.appendReplacement(out, Matcher.quoteReplacement(words));
		}
		m.appendTail(out);
		return out.toString();
	}

	/**
	 * Date and time of an entry, Beijing time, in the reader's language ({@code audit.time.pattern}: 2026年12月7日
	 * 11:02:03 / 7 Dec 2026, 11:02:03); 24 hours, since an audit trail is read to the second.
	 */
	public DateTimeFormatter times() {
		Locale locale = locale();
		return DateTimeFormatter.ofPattern(messages.getMessage("audit.time.pattern", null, "yyyy-MM-dd HH:mm:ss", locale),
				locale).withZone(BEIJING);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}

package org.gongkai.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masking of e-mail addresses (personal data, 个人信息) for the console: {@code zhangsan@example.com} becomes
 * {@code zh***@example.com}. The domain stays readable so that staff can tell a mistyped domain.
 */
final class MailAddresses {

	private static final Pattern ADDRESS = Pattern.compile("[^\\s<>@,;:\"'()\\[\\]]+@[^\\s<>@,;:\"'()\\[\\]]+");

	private static final String HIDDEN = "***";

	private MailAddresses() {
	}

	/** Keeps at most the first two characters of the local part (one when it is short) and the domain. */
	static String mask(String address) {
		if (address == null || address.isBlank()) {
			return "";
		}
		String trimmed = address.strip();
		int at = trimmed.lastIndexOf('@');
		if (at < 0) {
			return trimmed.substring(0, Math.min(1, trimmed.length())) + HIDDEN;
		}
		String local = trimmed.substring(0, at);
		int shown = local.length() > 4 ? 2 : Math.min(1, local.length());
		return local.substring(0, shown) + HIDDEN + trimmed.substring(at);
	}

	/** Masks every address inside a text, such as an SMTP server's error message. */
	static String maskWithin(String text) {
		Matcher matcher = ADDRESS.matcher(text);
		StringBuilder masked = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(masked, Matcher.quoteReplacement(mask(matcher.group())));
		}
		matcher.appendTail(masked);
		return masked.toString();
	}

}

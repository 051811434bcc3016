package org.gongkai.search;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns highlighter output into safe HTML. The highlighter marks matches with two private-use characters
 * and leaves the text as it is; here the whole text is HTML-escaped and only then are the marks turned into
 * balanced {@code <mark>} tags, so that no document text can inject markup, whichever backend highlighted.
 */
final class Highlights {

	static final String OPEN = "\uE000";

	static final String CLOSE = "\uE001";

	private static final String ELLIPSIS = "…";

	private Highlights() {
	}

	/** The first fragment as safe HTML, or {@code null} when the highlighter returned none. */
	static String first(List<String> fragments) {
		return fragments == null || fragments.isEmpty() ? null : toHtml(fragments.get(0));
	}

	/**
	 * The first fragment cut to about {@code length} characters around its first match, as safe HTML. The
	 * highlighter returns whole sentences, and a sentence of a regulation can fill a screen.
	 */
	static String first(List<String> fragments, int length) {
		return fragments == null || fragments.isEmpty() ? null : toHtml(around(fragments.get(0), length));
	}

	static String around(String marked, int length) {
		String text = marked.strip();
		if (text.length() <= length) {
			return text;
		}
		int match = Math.max(0, text.indexOf(OPEN));
		int start = Math.max(0, Math.min(match - length / 4, text.length() - length));
		int end = Math.min(text.length(), start + length);
		if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
			start++;
		}
		if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
			end--;
		}
		return (start > 0 ? ELLIPSIS : "") + text.substring(start, end) + (end < text.length() ? ELLIPSIS : "");
	}

	static String toHtml(String marked) {
		String escaped = HtmlUtils.htmlEscape(marked, "UTF-8");
		StringBuilder html = new StringBuilder(escaped.length() + 32);
		boolean open = false;
		for (int i = 0; i < escaped.length(); i++) {
			char c = escaped.charAt(i);
			if (c == OPEN.charAt(0)) {
				if (!open) {
					html.append("<mark>");
					open = true;
				}
			}
			else if (c == CLOSE.charAt(0)) {
				if (open) {
					html.append("</mark>");
					open = false;
				}
			}
			else {
				html.append(c);
			}
		}
		if (open) {
			html.append("</mark>");
		}
		return html.toString();
	}

	/** Plain text as safe HTML without marks, for a title that matched nothing. */
	static String plain(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text.replace(OPEN, "").replace(CLOSE, ""), "UTF-8");
	}

}

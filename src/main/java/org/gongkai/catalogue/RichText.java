package org.gongkai.catalogue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Rich text of document bodies: sanitised once, on save, to a safelist of structural tags (no script, no
 * event handlers, no style, links only to http, https and mailto), so that pages render it as it is.
 */
public final class RichText {

	private static final Safelist SAFELIST = Safelist.relaxed()
		.removeTags("img")
		.addAttributes("td", "colspan", "rowspan")
		.addAttributes("th", "colspan", "rowspan", "scope")
		.removeProtocols("a", "href", "ftp")
		.addEnforcedAttribute("a", "rel", "noopener noreferrer");

	private static final OutputSettings COMPACT = new OutputSettings().prettyPrint(false);

	private RichText() {
	}

	public static String sanitize(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		return Jsoup.clean(html, "", SAFELIST, COMPACT);
	}

	/** Whether sanitising would leave {@code html} as it is (nothing unsafe in it to remove). */
	public static boolean isSafe(String html) {
		return html == null || new Cleaner(SAFELIST).isValidBodyHtml(html);
	}

	/** Plain text paragraphs (as in the corpus files) turned into safe HTML paragraphs. */
	public static String fromPlainText(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : text.split("\\R")) {
			if (!paragraph.isBlank()) {
				html.append("<p>").append(org.jsoup.nodes.Entities.escape(paragraph.strip())).append("</p>");
			}
		}
		return html.toString();
	}

	public static String toPlainText(String html) {
		return html == null ? "" : Jsoup.parse(html).text();
	}

}

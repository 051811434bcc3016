package org.gongkai.catalogue.imports;

import org.jsoup.nodes.Entities;

/**
 * The demo texts as safe HTML: the corpus files are Markdown with a front-matter block, the seed notice plain
 * lines. Headings become headings, every other line a paragraph; the title heading is left to the page.
 */
final class CorpusText {

	private static final String FENCE = "---";

	private CorpusText() {
	}

	/** The text after the front-matter block. */
	static String withoutFrontMatter(String markdown) {
		String text = markdown.replace("\r\n", "\n");
		if (!text.startsWith(FENCE + "\n")) {
			return text;
		}
		int end = text.indexOf("\n" + FENCE + "\n", FENCE.length());
		return end < 0 ? text : text.substring(end + FENCE.length() + 2);
	}

	static String markdownToHtml(String markdown, String title) {
		StringBuilder html = new StringBuilder();
		for (String raw : withoutFrontMatter(markdown).split("\n")) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("<!--")) {
				continue;
			}
			int level = 0;
			while (level < line.length() && line.charAt(level) == '#') {
				level++;
			}
			String text = line.substring(level).strip();
			if (level == 0) {
				html.append("<p>").append(Entities.escape(text)).append("</p>");
			}
			else if (!(level == 1 && text.equals(title))) {
				String tag = "h" + Math.min(Math.max(level, 2), 4);
				html.append('<').append(tag).append('>').append(Entities.escape(text));
				html.append("</").append(tag).append('>');
			}
		}
		return html.toString();
	}

}

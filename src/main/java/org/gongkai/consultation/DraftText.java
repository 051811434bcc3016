package org.gongkai.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a pasted draft into what comments anchor to: articles (第一条 …) when the draft has them, each chapter
 * heading (第一章 总则) as an entry of its own; otherwise its paragraphs (第1段 …), separated by blank lines.
 */
final class DraftText {

	/** An entry of the draft: its label (第三条) and its text. */
	record Article(String label, String text) {
	}

	static final int MAX_ARTICLES = 500;

	/** The label given to the text before the first article: generated, so pages show it in the reader's words. */
	static final String PREAMBLE = "\u524d\u8a00";

	/** The label given to paragraph n of a draft without articles (第1段): generated, as {@link #PREAMBLE}. */
	static final Pattern PARAGRAPH = Pattern.compile("\u7b2c(\\d+)\u6bb5");

	private static final String NUMBER = "[一二三四五六七八九十百零〇两0-9]+";

	private static final Pattern ARTICLE = Pattern.compile("^\\s*(第" + NUMBER + "条)[\\s\\u3000]*(.*)$");

	private static final Pattern CHAPTER = Pattern.compile("^\\s*(第" + NUMBER + "[章节])[\\s\\u3000]*(.*)$");

	private DraftText() {
	}

	static List<Article> split(String draft) {
		String[] lines = draft.replace("\r\n", "\n").replace('\r', '\n').split("\n");
		boolean articled = false;
		for (String line : lines) {
			articled |= ARTICLE.matcher(line).matches();
		}
		return articled ? byArticle(lines) : byParagraph(lines);
	}

	private static List<Article> byArticle(String[] lines) {
		List<Article> articles = new ArrayList<>();
		String label = null;
		StringBuilder text = new StringBuilder();
		StringBuilder preamble = new StringBuilder();
		for (String line : lines) {
			Matcher article = ARTICLE.matcher(line);
			Matcher chapter = CHAPTER.matcher(line);
			if (article.matches() || chapter.matches()) {
				if (label != null) {
					articles.add(new Article(label, text.toString().strip()));
				}
				else if (!preamble.isEmpty()) {
					articles.add(new Article(PREAMBLE, preamble.toString().strip()));
				}
				Matcher found = article.matches() ? article : chapter;
				label = found.group(1);
				text.setLength(0);
				text.append(found.group(2));
			}
			else if (label == null) {
				append(preamble, line);
			}
			else {
				append(text, line);
			}
		}
		if (label != null) {
			articles.add(new Article(label, text.toString().strip()));
		}
		return articles;
	}

	private static List<Article> byParagraph(String[] lines) {
		List<Article> paragraphs = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			if (line.isBlank()) {
				addParagraph(paragraphs, text);
			}
			else {
				append(text, line);
			}
		}
		addParagraph(paragraphs, text);
		return paragraphs;
	}

	private static void addParagraph(List<Article> paragraphs, StringBuilder text) {
		if (!text.toString().isBlank()) {
			paragraphs.add(new Article("\u7b2c" + (paragraphs.size() + 1) + "\u6bb5", text.toString().strip()));
		}
		text.setLength(0);
	}

	private static void append(StringBuilder text, String line) {
		if (line.isBlank()) {
			return;
		}
		if (!text.isEmpty()) {
			text.append('\n');
		}
		text.append(line.strip());
	}

}

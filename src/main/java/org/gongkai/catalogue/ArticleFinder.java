package org.gongkai.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article (条) of a law by its number in the law's text, a paragraph a line: the paragraph that opens
 * with 第N条 and the paragraphs after it (its 款 and 项) up to the next article or the next chapter or section
 * heading (第N章, 第N节, 第N编). Numbers are compared as numbers, in Chinese numerals or digits: 第二条 is not
 * found in 第二十二条, 第十二条 not in 第一百二十条. An article quoted inside another's text ("依照本法第二条") opens
 * no paragraph and is not taken for it.
 */
public final class ArticleFinder {

	private static final String NUMERAL = "[零〇一二两三四五六七八九十百千0-9０-９]+";

	/** A paragraph that opens an article: 第N条, then a space or the text. */
	private static final Pattern ARTICLE = Pattern.compile("^[\\s\u3000]*第(" + NUMERAL + ")条");

	/** A heading between articles. */
	private static final Pattern HEADING = Pattern.compile("^[\\s\u3000#]*第" + NUMERAL + "[章节编]");

	/** An article named in a reference such as 第五十七条第一款、第六条. */
	private static final Pattern REFERENCE = Pattern.compile("第(" + NUMERAL + ")条");

	private ArticleFinder() {
	}

	/** The numbers of the articles a reference names, in its order (第六条、第十三条 gives 6, 13). */
	public static List<Integer> articlesNamed(String reference) {
		List<Integer> numbers = new ArrayList<>();
		if (reference == null) {
			return numbers;
		}
		Matcher m = REFERENCE.matcher(reference);
		while (m.find()) {
			ChineseNumber.parse(m.group(1)).ifPresent(n -> {
				if (!numbers.contains(n)) {
					numbers.add(n);
				}
			});
		}
		return numbers;
	}

	/** The text of article {@code number}, its paragraphs joined by line breaks; empty when the text has none. */
	public static Optional<String> find(String text, int number) {
		List<String> article = new ArrayList<>();
		for (String line : text.split("\\R")) {
			if (!article.isEmpty()) {
				if (opensArticle(line).isPresent() || HEADING.matcher(line).find()) {
					break;
				}
				if (!line.isBlank()) {
					article.add(line.strip());
				}
			}
			else if (opensArticle(line).equals(OptionalInt.of(number))) {
				article.add(line.strip());
			}
		}
		return article.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", article));
	}

	private static OptionalInt opensArticle(String line) {
		Matcher m = ARTICLE.matcher(line);
		if (!m.find()) {
			return OptionalInt.empty();
		}
		return ChineseNumber.parse(m.group(1)).map(OptionalInt::of).orElse(OptionalInt.empty());
	}

}

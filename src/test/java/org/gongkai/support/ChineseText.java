package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Chinese left unmarked on an English page: staff-entered Chinese may stay Chinese, but inside an element marked
 * {@code lang="zh-CN"} (so screen readers switch voice); anything else Chinese is an untranslated interface text.
 */
public final class ChineseText {

	private ChineseText() {
	}

	/** The texts of the page's main part, outside elements marked lang="zh-CN", that hold Chinese characters. */
	public static List<String> outsideChineseContent(String html) {
		return outsideChineseContent(html, "main");
	}

	/** The same within the part {@code selector} picks (e.g. {@code "body"} to include the header). */
	public static List<String> outsideChineseContent(String html, String selector) {
		Element part = Jsoup.parse(html).selectFirst(selector);
		assertThat(part).as(selector).isNotNull();
		part.select("[lang=zh-CN]").remove();
		return part.select("*")
			.stream()
			.map(Element::ownText)
			.filter(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
			.toList();
	}

}

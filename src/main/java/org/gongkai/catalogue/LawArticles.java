package org.gongkai.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles of the laws the catalogue holds, for the modules that cite them (a power item's 设定依据): the text of
 * 第N条 in a public document's body ({@link ArticleFinder}), read a paragraph a block of the body.
 */
@Service
@Transactional(readOnly = true)
public class LawArticles {

	private final Catalogue catalogue;

	LawArticles(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * The articles a reference names (第五十七条, 第六条、第十三条), in its order, as the public document
	 * {@code documentId} holds them; an article the text does not hold, and a document that is not public, give none.
	 */
	public List<LawArticle> quoted(long documentId, String reference) {
		List<Integer> numbers = ArticleFinder.articlesNamed(reference);
		if (numbers.isEmpty()) {
			return List.of();
		}
		Optional<DocumentView> law = catalogue.publicDocument(documentId);
		if (law.isEmpty()) {
			return List.of();
		}
		String text = paragraphs(law.get().body());
		List<LawArticle> articles = new ArrayList<>();
		for (int number : numbers) {
			ArticleFinder.find(text, number).ifPresent(t -> articles.add(new LawArticle(documentId, number, t)));
		}
		return articles;
	}

	/** The body's blocks (paragraphs, headings, list items) a line each. */
	static String paragraphs(String html) {
		List<String> lines = new ArrayList<>();
		for (Element block : Jsoup.parseBodyFragment(html == null ? "" : html).select("p, h1, h2, h3, h4, h5, h6, li")) {
			lines.add(block.text());
		}
		return String.join("\n", lines);
	}

}

package org.gongkai.powers;

import java.util.List;

import org.gongkai.catalogue.LawArticle;
import org.gongkai.catalogue.LawArticles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The text of the articles an item's legal basis cites, where the catalogue holds the law (设定依据 with the
 * article's text): one list per basis, in the basis's order, empty where the law is not held or the article not
 * found in it.
 */
@Service
@Transactional(readOnly = true)
public class BasisArticles {

	private final LawArticles laws;

	BasisArticles(LawArticles laws) {
		this.laws = laws;
	}

	public List<List<LawArticle>> of(PowerDetails item) {
		return item.basis()
			.stream()
			.map(b -> b.documentId() == null || b.article() == null ? List.<LawArticle>of()
					: laws.quoted(b.documentId(), b.article()))
			.toList();
	}

}

package org.gongkai.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Words matched in another module's indexed records (a power item's name, a service guide's name and conditions)
 * the way the site search reads them ({@link QueryWords}: smartcn words, quoted phrases, {@code -word}), so that
 * 派遣 finds 劳务派遣经营许可 and 就业 does not find 成就事业 as a substring search would. Records have short names:
 * every word is required (each of its smartcn parts, in any of the fields), not most of them as for documents.
 * <p>
 * Gives the matching records' ids, best first and at most {@link #MAX}: the lists searched this way are a
 * department's own (a few hundred items or guides), and the module pages and filters them in its database.
 */
@Component
public class WordMatches {

	/** More ids than any department's list holds. */
	public static final int MAX = 2000;

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * The ids of the records of the indexed entity {@code entityName} (its JPA name) whose {@code fields} hold the
	 * words of {@code query}; none for a query without words.
	 */
	@Transactional(readOnly = true)
	public List<Long> ids(String entityName, String query, String... fields) {
		QueryWords words = QueryWords.parse(query == null ? "" : query);
		if (words.isEmpty()) {
			return List.of();
		}
		SearchSession session = Search.session(entityManager);
		return session.search(session.scope(Object.class, entityName))
			.select(f -> f.id(Long.class))
			.where(f -> predicate(f, words, fields))
			.fetchHits(MAX);
	}

	private static BooleanPredicateClausesStep<?, ?> predicate(SearchPredicateFactory f, QueryWords words,
			String[] fields) {
		BooleanPredicateClausesStep<?, ?> all = f.bool();
		for (String word : words.words()) {
			all.must(f.match().fields(fields).matching(word).minimumShouldMatchPercent(100));
		}
		for (String phrase : words.phrases()) {
			all.must(f.phrase().fields(fields).matching(phrase));
		}
		for (String word : words.excluded()) {
			all.mustNot(f.phrase().fields(fields).matching(word));
		}
		return all;
	}

}

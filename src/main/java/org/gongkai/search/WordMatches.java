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
 * 劳务派遣许可 finds 劳务派遣经营许可. Records have short names: every word is required, not most of them as for
 * documents. A word is found by its smartcn parts in any of the fields, or as a part of the record's whole name
 * ({@link #WHOLE_NAME}): smartcn cuts a word alone differently from the same characters inside a longer name (人力资源
 * alone is 人力 + 资源, inside 人力资源服务许可 it is one word), and a reader who types a part of an item's name expects
 * to find the item, as on any list.
 * <p>
 * Gives the matching records' ids, best first and at most {@link #MAX}: the lists searched this way are a
 * department's own (a few hundred items or guides), and the module pages and filters them in its database.
 */
@Component
public class WordMatches {

	/**
	 * The field that holds a record's whole name as one keyword, for the part-of-the-name match; an indexed entity
	 * searched here declares it ({@code @KeywordField(name = WordMatches.WHOLE_NAME)} on its name).
	 */
	public static final String WHOLE_NAME = "wholeName";

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

	/** The word as literal characters of a wildcard pattern (a reader's * or ? is no wildcard). */
	private static String escaped(String word) {
		return word.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
	}

	private static BooleanPredicateClausesStep<?, ?> predicate(SearchPredicateFactory f, QueryWords words,
			String[] fields) {
		BooleanPredicateClausesStep<?, ?> all = f.bool();
		for (String word : words.words()) {
			all.must(f.bool()
				.should(f.match().fields(fields).matching(word).minimumShouldMatchPercent(100))
				.should(f.wildcard().field(WHOLE_NAME).matching("*" + escaped(word) + "*")));
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

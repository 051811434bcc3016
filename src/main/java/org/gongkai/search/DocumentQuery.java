package org.gongkai.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.CategoryView;
import org.gongkai.catalogue.DocumentNumbers;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.springframework.stereotype.Component;

/**
 * The query behind a search: the words ({@link QueryWords}) over title (weighted most), 主题词, 文号, 内容概述,
 * body and attachment text with the smartcn analyzer, most of them required (any one of them when relaxed);
 * a query that looks like a 文号 also matches the normalised number exactly, however its brackets were
 * typed; the filters narrow without changing the score.
 */
@Component
class DocumentQuery {

	static final AggregationKey<java.util.Map<Integer, Long>> YEARS = AggregationKey.of("years");

	/** Full-text fields searched with their plain weight. */
	private static final String[] TEXT_FIELDS = { "summary", "documentNumberText", "body", "attachments.text" };

	private static final float TITLE_BOOST = 3f;

	private static final float KEYWORDS_BOOST = 2f;

	private static final float NUMBER_BOOST = 10f;

	private final Catalogue catalogue;

	DocumentQuery(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	PredicateFinalStep predicate(SearchPredicateFactory f, SearchRequest request, boolean relaxed) {
		BooleanPredicateClausesStep<?, ?> query = f.bool().must(words(f, request.query(), relaxed));
		CatalogueFilter filter = request.filter();
		if (filter.category() != null) {
			query.filter(f.terms().field("categoryId").matchingAny(withSubcategories(filter.category())));
		}
		if (filter.unit() != null) {
			query.filter(f.match().field("unitId").matching(filter.unit()));
		}
		if (filter.year() != null) {
			query.filter(f.match().field("year").matching(filter.year()));
		}
		if (filter.type() != null && !filter.type().isBlank()) {
			query.filter(f.match().field("documentType").matching(filter.type()));
		}
		if (filter.validity() != null) {
			query.filter(f.match().field("validity").matching(filter.validity()));
		}
		return query;
	}

	SortFinalStep sort(SearchSortFactory f, SearchSort sort) {
		return sort == SearchSort.DATE ? f.field("publishedAt").desc().then().score()
				: f.score().then().field("publishedAt").desc();
	}

	private PredicateFinalStep words(SearchPredicateFactory f, String query, boolean relaxed) {
		QueryWords parsed = QueryWords.parse(query);
		if (parsed.isEmpty()) {
			return f.matchNone();
		}
		BooleanPredicateClausesStep<?, ?> text = f.bool();
		for (String word : parsed.words()) {
			text.should(f.match()
				.field("title")
				.boost(TITLE_BOOST)
				.field("keywords")
				.boost(KEYWORDS_BOOST)
				.fields(TEXT_FIELDS)
				.matching(word));
		}
		if (!parsed.words().isEmpty()) {
			text.minimumShouldMatchNumber(relaxed ? 1 : parsed.required());
		}
		for (String phrase : parsed.phrases()) {
			text.must(f.phrase()
				.field("title")
				.boost(TITLE_BOOST)
				.field("keywords")
				.boost(KEYWORDS_BOOST)
				.fields(TEXT_FIELDS)
				.matching(phrase));
		}
		for (String word : parsed.excluded()) {
			text.mustNot(f.phrase().fields("title", "keywords").fields(TEXT_FIELDS).matching(word));
		}
		if (!DocumentNumbers.looksLikeOne(query)) {
			return text;
		}
		return f.or(text,
				f.match().field("documentNumber").matching(DocumentNumbers.normalize(query)).boost(NUMBER_BOOST));
	}

	/** The category and every category below it. */
	private Set<Long> withSubcategories(long categoryId) {
		List<CategoryView> all = catalogue.categories();
		Set<Long> ids = new HashSet<>(Set.of(categoryId));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (CategoryView category : all) {
				if (category.parentId() != null && ids.contains(category.parentId()) && ids.add(category.id())) {
					grew = true;
				}
			}
		}
		return ids;
	}

}

package org.gongkai.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.gongkai.catalogue.DocumentSearch;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.catalogue.Validity;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 站内搜索: Chinese full-text search over the public documents of the catalogue (the index "document", which
 * holds public documents only). Queried by entity name, so the catalogue's entity stays private to it; the
 * results are projected from the index, and the 文号 of the page's rows read in one query.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	/** The catalogue's indexed entity. */
	static final String DOCUMENT = "Document";

	private static final int SNIPPET_LENGTH = 120;

	private static final int TITLE_LENGTH = 300;

	private final EntityManager entityManager;

	private final DocumentSearch documents;

	private final DocumentQuery queries;

	SearchService(EntityManager entityManager, DocumentSearch documents, DocumentQuery queries) {
		this.entityManager = entityManager;
		this.documents = documents;
		this.queries = queries;
	}

	/**
	 * Documents with (most of) the words; when there are none, documents with any of them, marked
	 * {@code relaxed}.
	 */
	public SearchResults search(SearchRequest request) {
		SearchResult<Row> result = run(request, false);
		boolean relaxed = false;
		if (result.total().hitCount() == 0) {
			SearchResult<Row> any = run(request, true);
			relaxed = any.total().hitCount() > 0;
			result = relaxed ? any : result;
		}
		return new SearchResults(request.query(), result.total().hitCount(), request.page(), request.size(),
				hits(result.hits()), relaxed);
	}

	/** How many documents the index holds. */
	public long indexedCount() {
		SearchSession session = Search.session(entityManager);
		return session.search(scope(session)).where(f -> f.matchAll()).fetchTotalHitCount();
	}

	/** Years of publication present in the index, newest first, for the year filter. */
	public List<Integer> years() {
		SearchSession session = Search.session(entityManager);
		return session.search(scope(session))
			.where(f -> f.matchAll())
			.aggregation(DocumentQuery.YEARS, f -> f.terms().field("year", Integer.class).maxTermCount(200))
			.fetch(0)
			.aggregation(DocumentQuery.YEARS)
			.keySet()
			.stream()
			.sorted((a, b) -> Integer.compare(b, a))
			.toList();
	}

	private SearchResult<Row> run(SearchRequest request, boolean relaxed) {
		SearchSession session = Search.session(entityManager);
		SearchScope<Object> scope = scope(session);
		return session.search(scope)
			.select(f -> f.composite()
				.from(f.id(Long.class), f.field("indexNumber", String.class), f.field("title", String.class),
						f.field("publishedAt", Instant.class), f.field("validity", Validity.class),
						f.highlight("title").highlighter("title"), f.highlight("body").highlighter("snippet"), f.highlight("summary").highlighter("snippet"))
				.asArray(Row::of))
			.where(f -> queries.predicate(f, request, relaxed))
			.sort(f -> queries.sort(f, request.sort()))
			// The fast vector highlighter reads the term vectors the fields keep (Highlightable.ANY) and the
			// query's terms once; the unified one matched the whole query again against every hit's every field
			// (a third of a search's time). Fragments end at sentence boundaries, so a title comes whole.
			.highlighter("snippet", h -> h.fastVector()
				.tag(Highlights.OPEN, Highlights.CLOSE)
				.encoder(HighlighterEncoder.DEFAULT)
				.boundaryScanner().sentence().end()
				.fragmentSize(SNIPPET_LENGTH)
				.numberOfFragments(1)
				.noMatchSize(SNIPPET_LENGTH))
			.highlighter("title", h -> h.fastVector()
				.tag(Highlights.OPEN, Highlights.CLOSE)
				.encoder(HighlighterEncoder.DEFAULT)
				.boundaryScanner().sentence().end()
				.fragmentSize(TITLE_LENGTH)
				.numberOfFragments(1)
				.noMatchSize(TITLE_LENGTH))
			.fetch(request.offset(), request.size());
	}

	private List<SearchHit> hits(List<Row> rows) {
		Map<Long, DocumentSummary> summaries = documents.publicSummaries(rows.stream().map(Row::id).toList());
		return rows.stream().filter(row -> summaries.containsKey(row.id())).map(row -> {
			String titleHighlight = Highlights.first(row.titleHighlight());
			return new SearchHit(row.id(), row.indexNumber(), row.title(),
					titleHighlight == null ? Highlights.plain(row.title()) : titleHighlight, snippet(row),
					summaries.get(row.id()).documentNumber(), row.publishedAt(), row.validity(),
					SearchHit.url(row.id()));
		}).toList();
	}

	/** The matching part of 内容概述 or of the body; when neither matched, how the summary or body begins. */
	private static String snippet(Row row) {
		for (List<String> fragments : List.of(row.summaryHighlight(), row.bodyHighlight())) {
			if (fragments.stream().anyMatch(fragment -> fragment.contains(Highlights.OPEN))) {
				return Highlights.first(fragments, SNIPPET_LENGTH);
			}
		}
		for (List<String> fragments : List.of(row.summaryHighlight(), row.bodyHighlight())) {
			if (!fragments.isEmpty()) {
				return Highlights.first(fragments, SNIPPET_LENGTH);
			}
		}
		return "";
	}

	private static SearchScope<Object> scope(SearchSession session) {
		return session.scope(Object.class, DOCUMENT);
	}

	/** One row as the index returns it. */
	record Row(Long id, String indexNumber, String title, Instant publishedAt, Validity validity,
			List<String> titleHighlight, List<String> bodyHighlight, List<String> summaryHighlight) {

		@SuppressWarnings("unchecked")
		static Row of(Object[] values) {
			return new Row((Long) values[0], (String) values[1], (String) values[2], (Instant) values[3],
					(Validity) values[4], (List<String>) values[5], (List<String>) values[6],
					(List<String>) values[7]);
		}

	}

}

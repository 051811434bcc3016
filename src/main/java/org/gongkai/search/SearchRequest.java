package org.gongkai.search;

import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.common.RuleViolation;

/**
 * One search: the words as typed, the catalogue filters, the order and the page (counted from 1).
 *
 * @param query what the visitor typed, 1 to {@value #MAX_LENGTH} characters once trimmed
 * @param filter category (with its subcategories), unit, year of publication, type, validity
 * @param sort relevance or date
 * @param page the page, from 1
 * @param size results per page, 1 to {@value #MAX_SIZE}
 */
public record SearchRequest(String query, CatalogueFilter filter, SearchSort sort, int page, int size) {

	public static final int MAX_LENGTH = 100;

	public static final int PAGE_SIZE = 20;

	public static final int MAX_SIZE = 50;

	/** Checks the query (blank or too long is refused, naming {@code q}) and keeps it trimmed. */
	public SearchRequest {
		if (query == null || query.isBlank()) {
			throw RuleViolation.invalid("q", "search.query.blank");
		}
		query = query.strip();
		if (query.codePointCount(0, query.length()) > MAX_LENGTH) {
			throw RuleViolation.invalid("q", "search.query.tooLong", MAX_LENGTH);
		}
		if (page < 1) {
			throw RuleViolation.invalid("page", "search.page.invalid");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw RuleViolation.invalid("size", "search.size.invalid", MAX_SIZE);
		}
		filter = filter == null ? CatalogueFilter.none() : filter;
		sort = sort == null ? SearchSort.RELEVANCE : sort;
	}

	public SearchRequest(String query, CatalogueFilter filter, SearchSort sort, int page) {
		this(query, filter, sort, page, PAGE_SIZE);
	}

	int offset() {
		return (page - 1) * size;
	}

}

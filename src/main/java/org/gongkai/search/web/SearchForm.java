package org.gongkai.search.web;

import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.Validity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The parameters of {@code /search} as typed; a value that does not convert (a category that is not a
 * number) is a binding error, shown on the page.
 */
public record SearchForm(String q, Long category, Long unit, Integer year, String type, Validity validity,
		String sort, Integer page) {

	/** Only the words, when the filters could not be read. */
	static SearchForm of(String q) {
		return new SearchForm(q, null, null, null, null, null, null, null);
	}

	CatalogueFilter filter() {
		return new CatalogueFilter(category, unit, year, type == null || type.isBlank() ? null : type, validity);
	}

	int pageOrFirst() {
		return page == null ? 1 : page;
	}

	/** This search on another page, for the pager. */
	public String pageUrl(int target) {
		return url(sort, target);
	}

	/** This search in another order, from its first page. */
	public String sortUrl(String target) {
		return url(target, null);
	}

	public boolean sortedBy(String parameter) {
		return parameter.equals(sort) || (sort == null || sort.isBlank()) && "relevance".equals(parameter);
	}

	private String url(String order, Integer target) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search").queryParam("q", q);
		add(url, "category", category);
		add(url, "unit", unit);
		add(url, "year", year);
		add(url, "type", type == null || type.isBlank() ? null : type);
		add(url, "validity", validity);
		add(url, "sort", order == null || order.isBlank() ? null : order);
		add(url, "page", target == null || target == 1 ? null : target);
		return url.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder url, String name, Object value) {
		if (value != null) {
			url.queryParam(name, value);
		}
	}

}

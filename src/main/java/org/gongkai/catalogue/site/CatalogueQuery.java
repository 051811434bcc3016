package org.gongkai.catalogue.site;

import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.Validity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor browses in the public catalogue: the filters and the page (counted from 1), written back
 * into one canonical URL per list page, so that links, bookmarks and caches agree.
 */
record CatalogueQuery(Long category, Long unit, Integer year, String type, Validity validity, int page) {

	static final int PAGE_SIZE = 20;

	CatalogueQuery {
		type = type == null || type.isBlank() ? null : type.strip();
	}

	CatalogueFilter filter() {
		return new CatalogueFilter(category, unit, year, type, validity);
	}

	public boolean filtered() {
		return category != null || unit != null || year != null || type != null || validity != null;
	}

	/** The URL of another page of the same list; page 1 has no page parameter. */
	String url(int target) {
		return UriComponentsBuilder.fromPath("/catalogue")
			.queryParamIfPresent("category", java.util.Optional.ofNullable(category))
			.queryParamIfPresent("unit", java.util.Optional.ofNullable(unit))
			.queryParamIfPresent("year", java.util.Optional.ofNullable(year))
			.queryParamIfPresent("type", java.util.Optional.ofNullable(type))
			.queryParamIfPresent("validity", java.util.Optional.ofNullable(validity))
			.queryParamIfPresent("page", java.util.Optional.ofNullable(target > 1 ? target : null))
			.encode()
			.build()
			.toUriString();
	}

}

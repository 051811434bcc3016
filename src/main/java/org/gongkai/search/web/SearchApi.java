package org.gongkai.search.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.Validity;
import org.gongkai.search.KeptSearches;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchRequest;
import org.gongkai.search.SearchResults;
import org.gongkai.search.SearchService;
import org.gongkai.search.SearchSort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search}: the search of the public page as JSON. A blank or too long {@code q}, and any
 * malformed parameter, is a 400 problem naming the parameter.
 */
@RestController
class SearchApi {

	/** A page of results; {@code titleHighlight} and {@code snippet} are escaped HTML with {@code <mark>}. */
	record Response(String query, long total, int page, int size, List<SearchHit> items) {

		static Response of(SearchResults results) {
			return new Response(results.query(), results.total(), results.page(), results.size(), results.items());
		}

	}

	private final SearchService search;

	private final KeptSearches kept;

	SearchApi(SearchService search, KeptSearches kept) {
		this.search = search;
		this.kept = kept;
	}

	@GetMapping("/api/v1/search")
	Response search(@RequestParam(required = false) String q, @RequestParam(required = false) Long category,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String type, @RequestParam(required = false) Validity validity,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "" + SearchRequest.PAGE_SIZE) @Min(1) @Max(SearchRequest.MAX_SIZE) int size,
			@RequestHeader(name = HttpHeaders.CACHE_CONTROL, required = false) String cacheControl) {
		CatalogueFilter filter = new CatalogueFilter(category, unit, year, type, validity);
		SearchRequest request = new SearchRequest(q, filter, SearchSort.parse(sort), page, size);
		return Response.of(ForcedReload.asked(cacheControl) ? search.search(request) : kept.search(request));
	}

}

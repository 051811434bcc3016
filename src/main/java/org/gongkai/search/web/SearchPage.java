package org.gongkai.search.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.PublicCaching;
import org.gongkai.common.RuleViolation;
import org.gongkai.search.KeptSearches;
import org.gongkai.search.SearchRequest;
import org.gongkai.search.SearchService;
import org.gongkai.search.SearchSort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public search page 站内搜索: without {@code q} an empty form; with it, the results. A blank or too long
 * query, or a filter that is not one of the choices, is answered 400 with the form and a message.
 * <p>
 * An anonymous reader's page may be shared (the site's one caching helper, {@link PublicCaching}: public for a
 * minute, with validators), so that the server's page cache serves the same search to the next readers while the
 * public content is unchanged: on an exam result day thousands search the same words. Staff, and a request that
 * switches a display choice, get a page of their own. The first page also shows the other modules' matches
 * ({@link SourceMatches}).
 */
@Controller
class SearchPage {

	private final SearchService search;

	private final KeptSearches kept;

	private final SearchOptions options;

	private final PublicCaching caching;

	private final SourceMatches sources;

	SearchPage(SearchService search, KeptSearches kept, SearchOptions options, PublicCaching caching,
			SourceMatches sources) {
		this.search = search;
		this.kept = kept;
		this.options = options;
		this.caching = caching;
		this.sources = sources;
	}

	@GetMapping("/search")
	String search(@ModelAttribute("form") SearchForm form, BindingResult binding,
			@RequestParam(name = "q", required = false) String q,
			@RequestHeader(name = HttpHeaders.CACHE_CONTROL, required = false) String cacheControl, Model model,
			WebRequest webRequest, HttpServletResponse response) {
		options.addTo(model);
		if (caching.pageNotModified(webRequest, caching.current())) {
			return null;
		}
		if (binding.hasErrors()) {
			model.addAttribute("form", SearchForm.of(q));
			return refused(model, response, "search.filter.invalid", null);
		}
		if (form.q() == null) {
			return "search/search";
		}
		try {
			SearchRequest request = new SearchRequest(form.q(), form.filter(), SearchSort.parse(form.sort()),
					form.pageOrFirst());
			model.addAttribute("results",
					ForcedReload.asked(cacheControl) ? search.search(request) : kept.search(request));
			model.addAttribute("sourceMatches", request.page() == 1 ? sources.find(form.q()) : List.of());
		}
		catch (RuleViolation ex) {
			return refused(model, response, ex.messageKey(), ex.arguments());
		}
		return "search/search";
	}

	private static String refused(Model model, HttpServletResponse response, String key, Object[] arguments) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("problem", key);
		model.addAttribute("problemArgs", arguments == null ? new Object[0] : arguments);
		return "search/search";
	}

}

package org.gongkai.requests.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.common.RuleViolation;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchRequest;
import org.gongkai.search.SearchService;
import org.gongkai.search.SearchSort;

/**
 * The catalogue documents a decision links (已主动公开: where it is; 予以公开: what is given): found by index number
 * (索引号) or through the site search, and shown with their titles. Only public documents can be linked.
 */
@Component
class DocumentLinks {

	static final int RESULTS = 10;

	private final Catalogue catalogue;

	private final SearchService search;

	DocumentLinks(Catalogue catalogue, SearchService search) {
		this.catalogue = catalogue;
		this.search = search;
	}

	/** A linked document as the case page lists it; {@code title} is {@code null} once it is no longer public. */
	record Linked(long id, String indexNumber, String title) {
	}

	/** The ticked ids and the documents named by index number, each once, in that order. */
	List<Long> ids(Collection<Long> ticked, Collection<String> indexNumbers) {
		Set<Long> ids = new LinkedHashSet<>(ticked == null ? List.of() : ticked);
		for (String number : indexNumbers == null ? List.<String>of() : indexNumbers) {
			if (number == null || number.isBlank()) {
				continue;
			}
			DocumentView document = catalogue.publicByIndexNumber(number.trim())
				.orElseThrow(() -> RuleViolation.invalid("indexNumbers", "requests.console.indexNumber.unknown",
						number.trim()));
			ids.add(document.id());
		}
		return new ArrayList<>(ids);
	}

	/** Index numbers typed in one box, separated by spaces, commas, semicolons or lines. */
	static List<String> split(String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		return Arrays.stream(typed.split("[\\s,，;；、]+")).filter(s -> !s.isBlank()).toList();
	}

	Map<Long, Linked> describe(Collection<Long> ids) {
		Map<Long, Linked> linked = new LinkedHashMap<>();
		for (Long id : ids) {
			linked.put(id, catalogue.publicDocument(id)
				.map(d -> new Linked(id, d.indexNumber(), d.title()))
				.orElse(new Linked(id, null, null)));
		}
		return linked;
	}

	/** Public documents matching the words, best first; a blank or too long query is refused on {@code docq}. */
	List<SearchHit> find(String words) {
		try {
			return search.search(new SearchRequest(words, null, SearchSort.RELEVANCE, 1, RESULTS)).items();
		}
		catch (RuleViolation ex) {
			throw new RuleViolation(ex.status(), ex.messageKey(), "docq", ex.arguments());
		}
	}

}

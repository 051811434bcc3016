package org.gongkai.services.web;

import java.util.Optional;

import org.gongkai.common.shell.SearchSource;
import org.gongkai.services.GuideFilter;
import org.gongkai.services.GuideSummary;
import org.gongkai.services.ServiceGuides;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The published service guides in the site search: those whose name or conditions hold the words, with their
 * theme, and the guides' list filtered by the same words.
 */
@Component
class ServicesSearch implements SearchSource {

	private final ServiceGuides guides;

	ServicesSearch(ServiceGuides guides) {
		this.guides = guides;
	}

	/** 办事服务 before 权责清单: a visitor searching words of a service most likely wants its guide. */
	@Override
	public int order() {
		return 590;
	}

	@Override
	public Optional<Matches> matches(String query, int limit) {
		Page<GuideSummary> found = guides.publicPage(new GuideFilter(null, null, query), 0, limit);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		String more = UriComponentsBuilder.fromPath("/services").queryParam("q", query).encode().build().toUriString();
		return Optional.of(new Matches("nav.services", more, found.getTotalElements(),
				found.map(g -> new Match("/services/" + g.code(), g.name(), g.code(), g.theme().messageKey()))
					.getContent()));
	}

}

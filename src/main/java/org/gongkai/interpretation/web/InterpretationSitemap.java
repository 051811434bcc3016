package org.gongkai.interpretation.web;

import java.util.List;

import org.gongkai.common.shell.SitemapEntries;
import org.gongkai.interpretation.InterpretationFilter;
import org.gongkai.interpretation.Interpretations;
import org.springframework.stereotype.Component;

/** Every published interpretation's page, for the sitemap. */
@Component
class InterpretationSitemap implements SitemapEntries {

	private final Interpretations interpretations;

	InterpretationSitemap(Interpretations interpretations) {
		this.interpretations = interpretations;
	}

	@Override
	public String name() {
		return "interpretations";
	}

	@Override
	public long count() {
		return interpretations.publicPage(InterpretationFilter.none(), 0, 1).getTotalElements();
	}

	@Override
	public List<String> paths(int page, int size) {
		return interpretations.publicPage(InterpretationFilter.none(), page, size)
			.map(interpretation -> "/interpretations/" + interpretation.id())
			.getContent();
	}

}

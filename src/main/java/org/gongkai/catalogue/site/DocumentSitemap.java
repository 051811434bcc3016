package org.gongkai.catalogue.site;

import java.util.List;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.common.shell.SitemapEntries;
import org.springframework.stereotype.Component;

/** Every public document's page, for the sitemap. */
@Component
class DocumentSitemap implements SitemapEntries {

	private final Catalogue catalogue;

	DocumentSitemap(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public String name() {
		return "documents";
	}

	@Override
	public long count() {
		return catalogue.publicPage(CatalogueFilter.none(), 0, 1).getTotalElements();
	}

	@Override
	public List<String> paths(int page, int size) {
		return catalogue.publicPage(CatalogueFilter.none(), page, size)
			.map(document -> "/catalogue/documents/" + document.id())
			.getContent();
	}

}

package org.gongkai.catalogue.site;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute URLs of public pages, for feeds, the sitemap, robots.txt, the API and printed pages. */
final class SiteLinks {

	private SiteLinks() {
	}

	/** The absolute URL of a path of this site, as the current request reached it. */
	static String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

	static String document(long id) {
		return absolute("/catalogue/documents/" + id);
	}

}

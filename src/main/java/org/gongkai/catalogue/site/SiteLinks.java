package org.gongkai.catalogue.site;

import java.net.URI;

import org.gongkai.common.PublicLinks;
import org.springframework.stereotype.Component;

/**
 * Absolute URLs of public pages, for feeds, the sitemap, robots.txt, the API and printed pages. They come
 * from configuration ({@link PublicLinks}), never from the request: responses carrying them are stored by
 * shared caches, and a URL taken from a forged Host header must never be stored there.
 */
@Component
class SiteLinks {

	private final PublicLinks links;

	SiteLinks(PublicLinks links) {
		this.links = links;
	}

	/** The absolute URL of a path of this site (starting with a slash). */
	String absolute(String path) {
		return links.absolute(path);
	}

	String document(long id) {
		return absolute("/catalogue/documents/" + id);
	}

	/** The site's host name, the authority of its tag URIs. */
	String host() {
		return URI.create(absolute("/")).getHost();
	}

}

package org.gongkai.requests.site;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages and answers with an application's case data (the receipt, tracking, the applicant's files): never stored
 * by a browser or a shared cache. Set explicitly rather than left to the security defaults, so that no later
 * caching rule for public pages (the catalogue's {@code public, max-age}) can reach them.
 */
final class NoStore {

	static final String VALUE = "no-store";

	private NoStore() {
	}

	static void set(HttpServletResponse response) {
		response.setHeader("Cache-Control", VALUE);
		response.setHeader("Pragma", "no-cache");
	}

}

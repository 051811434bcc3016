package org.gongkai.consultation.site;

import jakarta.servlet.http.HttpServletResponse;

/** Pages with a commenter's status code or comment: never kept by a browser or a shared cache. */
final class NoStore {

	private NoStore() {
	}

	static void set(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Pragma", "no-cache");
	}

}

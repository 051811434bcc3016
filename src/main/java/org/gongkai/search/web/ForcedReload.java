package org.gongkai.search.web;

/** A request that asks for a fresh answer ({@code Cache-Control: no-cache}, what a forced reload sends). */
final class ForcedReload {

	private ForcedReload() {
	}

	static boolean asked(String cacheControl) {
		return cacheControl != null && (cacheControl.contains("no-cache") || cacheControl.contains("no-store"));
	}

}

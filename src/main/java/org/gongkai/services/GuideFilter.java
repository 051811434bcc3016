package org.gongkai.services;

/** What the public list filters by: a theme, an audience and words of the name or code, each optional. */
public record GuideFilter(ServiceTheme theme, Audience audience, String q) {

	public static GuideFilter none() {
		return new GuideFilter(null, null, null);
	}

	public boolean filtered() {
		return theme != null || audience != null || (q != null && !q.isBlank());
	}

}

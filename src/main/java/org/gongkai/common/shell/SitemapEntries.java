package org.gongkai.common.shell;

import java.util.List;

/**
 * A module's public pages for the sitemap ({@code /sitemap.xml}), beyond its section's own path (the shell lists
 * every section): its record pages (documents, consultations, interpretations) and any other public list. Read a
 * page at a time, so that no list of every record is ever held in memory, and to the end: every public page is in
 * the sitemap, however old.
 */
public interface SitemapEntries {

	/**
	 * A short name, unique among the contributors, for the numbered sitemap files of a large site
	 * ({@code /sitemaps/<name>-<n>.xml}), e.g. {@code documents}; letters, digits and hyphens.
	 */
	String name();

	/** How many pages this module lists. */
	long count();

	/**
	 * The site paths (starting with a slash) of page {@code page} (from 0) of {@code size} entries, in an order that
	 * stays put while the sitemap is read (oldest first, or by id).
	 */
	List<String> paths(int page, int size);

	/** A few fixed pages of a module that are no section (a list page inside a section, e.g. {@code /decisions}). */
	static SitemapEntries fixed(String name, List<String> paths) {
		List<String> copy = List.copyOf(paths);
		return new SitemapEntries() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public long count() {
				return copy.size();
			}

			@Override
			public List<String> paths(int page, int size) {
				int from = (int) Math.min((long) page * size, copy.size());
				return copy.subList(from, Math.min(from + size, copy.size()));
			}

		};
	}

}

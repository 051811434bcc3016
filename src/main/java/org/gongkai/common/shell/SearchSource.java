package org.gongkai.common.shell;

import java.util.List;
import java.util.Optional;

/**
 * A module's matches for the site search (站内搜索) beyond the catalogue's documents: its records whose words match
 * the visitor's query, shown on the results page as a compact block (a heading, the first few matches, how many
 * match in all and a link to the module's own list filtered by the same words). A module matches Chinese words
 * as the search does (the {@code chinese} analyzer of the search index), not by substring.
 */
public interface SearchSource {

	/** The position of the block on the results page, lower first (the order bands of {@code docs/modules.md}). */
	int order();

	/**
	 * The block for this query, or empty when nothing matches (no block is shown then). Called on every search
	 * that is not served from the page cache: one bounded query.
	 *
	 * @param query the words as the visitor typed them, not blank
	 * @param limit how many matches to list at most
	 */
	Optional<Matches> matches(String query, int limit);

	/**
	 * A block of matches.
	 *
	 * @param headingKey message key of the block's heading (the section's name, e.g. 办事服务)
	 * @param moreHref the module's list filtered by the same words, e.g. {@code /services?q=...} (encoded)
	 * @param total how many records match in all
	 * @param items the first matches, in the order of the module's list
	 */
	record Matches(String headingKey, String moreHref, long total, List<Match> items) {

		public Matches {
			items = List.copyOf(items);
		}

	}

	/**
	 * One match.
	 *
	 * @param href the record's public page
	 * @param title its name, as written (Chinese content stays Chinese)
	 * @param snippet a short line of its content (code, body, conditions), or {@code null}
	 * @param labelKey message key of a label shown beside it (a status or theme), or {@code null}
	 */
	record Match(String href, String title, String snippet, String labelKey) {
	}

}

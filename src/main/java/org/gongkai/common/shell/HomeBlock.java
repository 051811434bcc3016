package org.gongkai.common.shell;

import java.time.LocalDate;
import java.util.List;

/**
 * A section's block on the home page: a heading, its latest items with their dates, or a few figures, a link to
 * the whole section and the date it was last updated (a page without dates counts as not updated in national
 * inspections).
 *
 * @param headingKey message key of the block's heading
 * @param moreHref the section's page listing everything, e.g. {@code /catalogue?category=tzgg}
 * @param order the position on the home page, lower first
 * @param items the latest items, newest first (empty when the block shows figures)
 * @param figures figures such as this year's applications received and answered (empty when it lists items)
 * @param updatedOn when the section last changed, or {@code null} when it never did
 */
public record HomeBlock(String headingKey, String moreHref, int order, List<Item> items, List<Figure> figures,
		LocalDate updatedOn) {

	public HomeBlock {
		items = List.copyOf(items);
		figures = List.copyOf(figures);
	}

	/**
	 * One item of a block.
	 * @param href the item's public page
	 * @param title its title, as written (Chinese content stays Chinese)
	 * @param date the date shown beside it (published, or closing for a consultation)
	 * @param noteKey a message key shown after the title (e.g. "closes on {0}"), or {@code null}
	 * @param noteArgs the arguments of {@code noteKey}
	 */
	public record Item(String href, String title, LocalDate date, String noteKey, List<Object> noteArgs) {

		public Item {
			noteArgs = noteArgs == null ? List.of() : List.copyOf(noteArgs);
		}

	}

	/** A figure: its label's message key and its value. */
	public record Figure(String labelKey, long value) {
	}

}

package org.gongkai.common.shell;

/**
 * A card on the dashboard: a page with a count of the work waiting there.
 *
 * @param href the console page the card opens; {@code null} for a notice (order below 100) that opens no page
 * @param titleKey message key of the card's title (of the notice's link); {@code null} with {@code href}
 * @param descriptionKey message key of one sentence under it; takes the count as {0}
 * @param count how many items wait, or {@code -1} for a card that is only a way in
 * @param urgency how the card is marked
 * @param order the position on the dashboard, lower first
 */
public record DashboardCard(String href, String titleKey, String descriptionKey, long count, Urgency urgency,
		int order) {

	/** A card that is only a way in to a page. */
	public static DashboardCard link(String href, String titleKey, String descriptionKey, int order) {
		return new DashboardCard(href, titleKey, descriptionKey, -1, Urgency.NONE, order);
	}

	/** How a card is marked: nothing, work waiting, or something overdue or due today. */
	public enum Urgency {

		NONE, WAITING, OVERDUE

	}

}

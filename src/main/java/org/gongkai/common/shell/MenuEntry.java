package org.gongkai.common.shell;

/**
 * An entry of the console navigation.
 *
 * @param path the console page, e.g. {@code /admin/requests}
 * @param labelKey message key of the entry's name
 * @param order the position in the navigation, lower first (see {@code docs/modules.md} for the bands)
 * @param badge a count to show beside the name, or {@code null} for none
 */
public record MenuEntry(String path, String labelKey, int order, Badge badge) {

	public static MenuEntry of(String path, String labelKey, int order) {
		return new MenuEntry(path, labelKey, order, null);
	}

	/**
	 * A count beside an entry (overdue applications, documents awaiting review); shown only when above zero.
	 * @param count the count
	 * @param messageKey message key taking the count as {0}, e.g. "{0} overdue"
	 */
	public record Badge(long count, String messageKey) {
	}

}

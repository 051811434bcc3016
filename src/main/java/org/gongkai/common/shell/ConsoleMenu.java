package org.gongkai.common.shell;

import java.util.List;

import org.gongkai.common.StaffActor;

/**
 * A module's entries in the staff console's navigation, for the signed-in staff member: only those the member
 * may open (the server checks again on the page), each with an optional badge. A badge is a count; a
 * contributor keeps it a while ({@link org.gongkai.common.CachedCounts}) so that every console page does not
 * count again, one query per count.
 */
public interface ConsoleMenu {

	/** The entries for {@code staff}, in any order; empty when the member may open none. */
	List<MenuEntry> entries(StaffActor staff);

}

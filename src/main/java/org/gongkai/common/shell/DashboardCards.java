package org.gongkai.common.shell;

import java.util.List;

import org.gongkai.common.StaffActor;

/**
 * A module's cards on the console dashboard for the signed-in staff member: the work each role has there
 * (an editor's drafts and returned documents, a reviewer's queue, a handler's cases falling due, everything
 * overdue for the office). Counts are kept a while, as the menu's badges are.
 */
public interface DashboardCards {

	/** The cards for {@code staff}; empty when the module has no work or page for the member. */
	List<DashboardCard> cards(StaffActor staff);

}

package org.gongkai.approvals.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.gongkai.approvals.ApprovalCases;
import org.gongkai.approvals.ApprovalPermissions;
import org.gongkai.common.CachedCounts;
import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.DashboardCards;
import org.gongkai.common.shell.DashboardCard;
import org.gongkai.common.shell.MenuEntry;
import org.gongkai.identity.Me;

/**
 * What approval cases contribute to the console: the menu entry (with the overdue count as its badge) for the staff
 * who handle cases, and dashboard cards for their cases overdue and falling due. Counts kept a minute per member.
 */
@Component
class ApprovalShell implements ConsoleMenu, DashboardCards {

	private static final String PATH = "/admin/approvals";

	private final ApprovalCases cases;

	private final CachedCounts overdue;

	private final CachedCounts fallingDue;

	ApprovalShell(ApprovalCases cases, Clock clock) {
		this.cases = cases;
		this.overdue = new CachedCounts(clock, Duration.ofMinutes(1));
		this.fallingDue = new CachedCounts(clock, Duration.ofMinutes(1));
	}

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		Me me = Me.of(staff);
		if (!ApprovalPermissions.maySee(me)) {
			return List.of();
		}
		return List.of(new MenuEntry(PATH, "approvals.console.nav", 240,
				new MenuEntry.Badge(overdue(me), "approvals.console.nav.overdue")));
	}

	@Override
	public List<DashboardCard> cards(StaffActor staff) {
		Me me = Me.of(staff);
		if (!ApprovalPermissions.maySee(me)) {
			return List.of();
		}
		List<DashboardCard> cards = new ArrayList<>();
		long late = overdue(me);
		if (late > 0) {
			cards.add(new DashboardCard(PATH + "?overdue=true", "approvals.dashboard.overdue",
					"approvals.dashboard.overdue.count", late, DashboardCard.Urgency.OVERDUE, 132));
		}
		long due = fallingDue.of(me.username(), () -> cases.fallingDueCount(me));
		if (due > 0) {
			cards.add(new DashboardCard(PATH, "approvals.dashboard.fallingDue", "approvals.dashboard.fallingDue.count",
					due, DashboardCard.Urgency.WAITING, 137));
		}
		return cards;
	}

	private long overdue(Me me) {
		return overdue.of(me.username(), () -> cases.overdueCount(me));
	}

}

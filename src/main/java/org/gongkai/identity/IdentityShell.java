package org.gongkai.identity;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.DashboardCard;
import org.gongkai.common.shell.DashboardCards;
import org.gongkai.common.shell.MenuEntry;
import org.springframework.stereotype.Component;

/**
 * This module's console entries and dashboard cards: units for administrators, staff accounts for those who keep
 * them ({@link Me#canManageStaff()}), and every member's own API tokens and password.
 */
@Component
class IdentityShell implements ConsoleMenu, DashboardCards {

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		Me me = Me.of(staff);
		List<MenuEntry> entries = new ArrayList<>();
		if (me.admin()) {
			entries.add(MenuEntry.of("/admin/units", "console.nav.units", 500));
		}
		if (me.canManageStaff()) {
			entries.add(MenuEntry.of("/admin/users", "console.nav.users", 510));
		}
		entries.add(MenuEntry.of("/admin/tokens", "console.nav.tokens", 900));
		entries.add(MenuEntry.of("/admin/password", "console.nav.password", 910));
		return entries;
	}

	@Override
	public List<DashboardCard> cards(StaffActor staff) {
		Me me = Me.of(staff);
		List<DashboardCard> cards = new ArrayList<>();
		if (me.admin()) {
			cards.add(DashboardCard.link("/admin/units", "console.nav.units", "dashboard.units", 500));
		}
		if (me.canManageStaff()) {
			cards.add(DashboardCard.link("/admin/users", "console.nav.users", "dashboard.users", 510));
		}
		cards.add(DashboardCard.link("/admin/tokens", "console.nav.tokens", "dashboard.tokens", 900));
		return cards;
	}

}

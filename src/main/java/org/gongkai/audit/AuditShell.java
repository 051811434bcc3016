package org.gongkai.audit;

import java.util.List;

import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.DashboardCard;
import org.gongkai.common.shell.DashboardCards;
import org.gongkai.common.shell.MenuEntry;
import org.springframework.stereotype.Component;

/** The audit log's console entry and dashboard card, for those who read it: administrators and the disclosure office. */
@Component
class AuditShell implements ConsoleMenu, DashboardCards {

	static boolean reads(StaffActor staff) {
		return staff.hasRole("SYSTEM_ADMIN") || staff.hasRole("DISCLOSURE_OFFICE");
	}

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		return reads(staff) ? List.of(MenuEntry.of("/admin/audit", "console.nav.audit", 520)) : List.of();
	}

	@Override
	public List<DashboardCard> cards(StaffActor staff) {
		return reads(staff) ? List.of(DashboardCard.link("/admin/audit", "console.nav.audit", "dashboard.audit", 520))
				: List.of();
	}

}

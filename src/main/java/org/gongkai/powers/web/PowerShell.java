package org.gongkai.powers.web;

import java.util.List;

import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.MenuEntry;
import org.gongkai.common.shell.PortalSection;
import org.gongkai.identity.Me;
import org.gongkai.powers.PowerPermissions;
import org.springframework.stereotype.Component;

/**
 * What this module contributes to the shell: the portal section 权责清单 (after 征求意见, before 办事服务) and the
 * console entry for the staff who keep the list.
 */
@Component
class PowerShell implements PortalSection.Declared, ConsoleMenu {

	private static final Entry ENTRY = new Entry("/powers", 600, "nav.powers", "nav.powers.description");

	@Override
	public Entry entry() {
		return ENTRY;
	}

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		return PowerPermissions.maySee(Me.of(staff)) ? List.of(MenuEntry.of("/admin/powers", "powers.console.nav", 130))
				: List.of();
	}

}

package org.gongkai.search.web;

import java.util.List;

import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.MenuEntry;
import org.springframework.stereotype.Component;

/** The search index's console entry, for those {@link SearchConsole} lets in: administrators and the disclosure office. */
@Component
class SearchShell implements ConsoleMenu {

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		return staff.hasRole("SYSTEM_ADMIN") || staff.hasRole("DISCLOSURE_OFFICE")
				? List.of(MenuEntry.of("/admin/search", "search.admin.title", 570)) : List.of();
	}

}

package org.gongkai.catalogue.console;

import java.util.List;

import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.MenuEntry;
import org.springframework.stereotype.Component;

/**
 * The catalogue's console entries, for every member (the pages show each their units' documents): 文件发布 and
 * 公开时效.
 */
@Component
class CatalogueMenu implements ConsoleMenu {

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		return List.of(MenuEntry.of("/admin/documents", "console.nav.documents", 100),
				MenuEntry.of("/admin/catalogue", "console.nav.catalogue", 110));
	}

}

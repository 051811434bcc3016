package org.gongkai.mail;

import java.util.List;

import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.MenuEntry;
import org.springframework.stereotype.Component;

/** The mail log's console entry, for administrators and the disclosure office. */
@Component
class MailShell implements ConsoleMenu {

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		return staff.hasRole("SYSTEM_ADMIN") || staff.hasRole("DISCLOSURE_OFFICE")
				? List.of(MenuEntry.of("/admin/mail", "console.nav.mail", 530)) : List.of();
	}

}

package org.gongkai.requests;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffDirectory;
import org.gongkai.identity.StaffDirectory.Recipient;

/**
 * Who is reminded of an application: the handlers of its assigned units and the disclosure office, each address
 * once. Lives for one run of the job and asks the directory once per unit and once for the office, not once per
 * application.
 */
final class ReminderRecipients {

	private final StaffDirectory directory;

	private final Map<Long, List<Recipient>> handlers = new HashMap<>();

	private List<Recipient> office;

	ReminderRecipients(StaffDirectory directory) {
		this.directory = directory;
	}

	List<Recipient> of(Set<Long> unitIds) {
		Map<String, Recipient> byAddress = new LinkedHashMap<>();
		for (Long unit : unitIds) {
			handlers.computeIfAbsent(unit, id -> directory.withRole(Role.REQUEST_HANDLER, Set.of(id)))
				.forEach(r -> byAddress.putIfAbsent(r.email(), r));
		}
		if (office == null) {
			office = directory.withRole(Role.DISCLOSURE_OFFICE, Set.of());
		}
		office.forEach(r -> byAddress.putIfAbsent(r.email(), r));
		return List.copyOf(byAddress.values());
	}

}

package org.gongkai.identity;

import java.util.List;
import java.util.Set;

/**
 * The signed-in staff member as console pages see it (model attribute {@code me}).
 */
public record Me(long id, String username, String displayName, long unitId, String unitName, Set<Role> roles) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean admin() {
		return has(Role.SYSTEM_ADMIN);
	}

	public boolean office() {
		return has(Role.DISCLOSURE_OFFICE);
	}

	/** Heads the disclosure office: approves extensions of disclosure applications. */
	public boolean officeHead() {
		return has(Role.DISCLOSURE_OFFICE_HEAD);
	}

	/** Reads the audit log: administrators and the disclosure office. */
	public boolean auditor() {
		return admin() || office();
	}

	/** Keeps the working-day calendar: the disclosure office and administrators. */
	public boolean calendarKeeper() {
		return admin() || office();
	}

	/**
	 * Opens staff management: administrators and unit heads keep accounts; the office head grants the roles that
	 * open personal data ({@link RoleGrants}).
	 */
	public boolean canManageStaff() {
		return admin() || has(Role.UNIT_HEAD) || officeHead();
	}

	public List<Role> sortedRoles() {
		return roles.stream().sorted().toList();
	}

}

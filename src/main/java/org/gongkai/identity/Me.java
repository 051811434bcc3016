package org.gongkai.identity;

import org.gongkai.common.StaffActor;

import java.util.List;
import java.util.Set;

/**
 * The signed-in staff member as console pages see it (model attribute {@code me}).
 */
public record Me(long id, String username, String displayName, long unitId, String unitName, Set<Role> roles) implements StaffActor {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	@Override
	public boolean hasRole(String role) {
		return roles.stream().anyMatch(r -> r.name().equals(role));
	}

	/** The member as an extension point of the shell hands it over (the principal, or this record). */
	public static Me of(StaffActor staff) {
		return staff instanceof Me me ? me
				: staff instanceof StaffPrincipal principal ? principal.toMe()
						: new Me(0, staff.username(), staff.username(), staff.unitId(), staff.unitName(),
								java.util.Arrays.stream(Role.values()).filter(r -> staff.hasRole(r.name()))
									.collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Role.class))));
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

package org.gongkai.identity;

import java.time.Instant;
import java.util.Set;

/** A staff account as pages and the API see it; never the password hash. */
public record StaffView(long id, String username, String displayName, String email, long unitId, String unitName, Set<Role> roles,
		boolean enabled, Instant lockedUntil, boolean passwordSetByOther) {

	public boolean locked() {
		return lockedUntil != null;
	}

	public java.util.List<Role> sortedRoles() {
		return roles.stream().sorted().toList();
	}

}

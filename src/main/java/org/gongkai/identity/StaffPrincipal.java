package org.gongkai.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.gongkai.common.StaffActor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated staff member held by Spring Security (session or API request). */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, StaffActor {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final long unitId;

	private final String unitName;

	private final Set<Role> roles;

	private String passwordHash;

	private final boolean enabled;

	private final boolean nonLocked;

	private final int failedAttempts;

	StaffPrincipal(long id, String username, String displayName, long unitId, String unitName, Set<Role> roles,
			String passwordHash, boolean enabled, boolean nonLocked, int failedAttempts) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.unitId = unitId;
		this.unitName = unitName;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.nonLocked = nonLocked;
		this.failedAttempts = failedAttempts;
	}

	public Me toMe() {
		return new Me(id, username, displayName, unitId, unitName, EnumSet.copyOf(roles));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(Role::authority).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return nonLocked;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public long unitId() {
		return unitId;
	}

	@Override
	public String unitName() {
		return unitName;
	}

	long id() {
		return id;
	}

	int failedAttempts() {
		return failedAttempts;
	}

	@Override
	public boolean hasRole(String role) {
		return roles.stream().anyMatch(r -> r.name().equals(role));
	}

}

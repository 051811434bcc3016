package org.gongkai.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A staff account: belongs to one unit, holds roles. Failed logins are throttled per address in memory
 * ({@link LoginThrottle}); a lock stored here (from before that) still holds until it ends or is unlocked.
 */
@Entity
@Table(name = "staff_account")
class StaffAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	/** Where reminders and notices for this member go; optional. */
	private String email;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	@Convert(converter = RolesConverter.class)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private String passwordHash;

	private boolean enabled = true;

	private int failedAttempts;

	private Instant lockedUntil;

	private Instant createdAt;

	/** Set by a reset by someone else, cleared when the owner chooses a password ({@link PasswordResets}). */
	private boolean passwordSetByOther;

	@Version
	private long version;

	protected StaffAccount() {
	}

	StaffAccount(String username, String displayName, String email, Unit unit, Set<Role> roles, String passwordHash,
			Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.unit = unit;
		this.roles = EnumSet.copyOf(roles);
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	void update(String newDisplayName, String newEmail, Unit newUnit, Set<Role> newRoles, boolean nowEnabled) {
		this.displayName = newDisplayName;
		this.email = newEmail;
		this.unit = newUnit;
		this.roles = EnumSet.copyOf(newRoles);
		this.enabled = nowEnabled;
	}

	/** The owner chose a new password: whoever reset it before no longer knows it. */
	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.passwordSetByOther = false;
	}

	/**
	 * Someone else set the password, so someone else knows it: the roles that open personal data are suspended
	 * (taken away) until the owner has chosen a password and an office head grants them again.
	 *
	 * @return the roles taken away
	 */
	Set<Role> resetPasswordByOther(String newHash) {
		Set<Role> suspended = PasswordResets.suspended(roles);
		this.passwordHash = newHash;
		this.passwordSetByOther = true;
		EnumSet<Role> kept = EnumSet.noneOf(Role.class);
		kept.addAll(roles);
		kept.removeAll(suspended);
		this.roles = kept;
		return suspended;
	}

	/** Roles {@code granted} by the system and a password the operator chose, in one step ({@link FirstStart}). */
	void restore(String newHash, Set<Role> granted) {
		EnumSet<Role> now = EnumSet.noneOf(Role.class);
		now.addAll(roles);
		now.addAll(granted);
		this.roles = now;
		this.enabled = true;
		changePassword(newHash);
	}

	void recordSuccessfulLogin() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	void unlock() {
		recordSuccessfulLogin();
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	StaffView toView(Instant now) {
		return new StaffView(id, username, displayName, email, unit.getId(), unit.getName(), EnumSet.copyOf(roles), enabled,
				lockedAt(now) ? lockedUntil : null, passwordSetByOther);
	}

	StaffPrincipal toPrincipal(Instant now) {
		return new StaffPrincipal(id, username, displayName, unit.getId(), unit.getName(), roles, passwordHash,
				enabled && unit.isActive(), !lockedAt(now), failedAttempts);
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getDisplayName() {
		return displayName;
	}

	String getEmail() {
		return email;
	}

	boolean isEnabled() {
		return enabled;
	}

	Unit getUnit() {
		return unit;
	}

	Set<Role> getRoles() {
		return EnumSet.copyOf(roles);
	}

	String getPasswordHash() {
		return passwordHash;
	}

	boolean isPasswordSetByOther() {
		return passwordSetByOther;
	}

	int getFailedAttempts() {
		return failedAttempts;
	}

}

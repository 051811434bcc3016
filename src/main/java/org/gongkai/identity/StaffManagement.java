package org.gongkai.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.gongkai.common.Texts;
import org.gongkai.identity.StaffForms.NewStaff;
import org.gongkai.identity.StaffForms.PasswordChange;
import org.gongkai.identity.StaffForms.StaffUpdate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts. System administrators manage every account; a unit head manages the accounts of their own
 * unit and cannot grant department-wide roles; the head of the disclosure office grants and takes away the roles
 * that open personal data, on other people's accounts only ({@link RoleGrants}). Every grant and every refused
 * grant is audited. Checked here, on the server, whatever the page offered.
 */
@Service
@Transactional
public class StaffManagement {

	private final StaffAccountRepository accounts;

	private final UnitManagement units;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RoleGrantAudit audit;

	private final LoginThrottle throttle;

	StaffManagement(StaffAccountRepository accounts, UnitManagement units, PasswordPolicy policy,
			PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock, RoleGrantAudit audit,
			LoginThrottle throttle) {
		this.audit = audit;
		this.throttle = throttle;
		this.accounts = accounts;
		this.units = units;
		this.policy = policy;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StaffView> visibleTo(Me me) {
		requireManager(me);
		List<StaffAccount> visible = departmentWide(me) ? accounts.findAllWithUnit()
				: accounts.findAllInUnit(me.unitId());
		return visible.stream().map(account -> account.toView(clock.instant())).toList();
	}

	@Transactional(readOnly = true)
	public StaffView get(Me me, long id) {
		StaffAccount account = find(id);
		requireManagerOf(me, account);
		return account.toView(clock.instant());
	}

	public StaffView create(Me me, NewStaff form) {
		requireManagerOf(me, form.unitId());
		requireGrantable(me, null, form.username(), form.roles(), Set.of());
		if (accounts.existsByUsernameIgnoreCase(form.username())) {
			throw RuleViolation.conflict("username", "staff.username.taken", form.username());
		}
		policy.check("password", form.username(), form.password());
		StaffView created = register(form);
		audit.granted(created.id(), created.username(), form.roles(), Set.of());
		return created;
	}

	/**
	 * Creates an account as the system, with no person granting its roles: only the first administrator and the
	 * demo accounts at first start ({@link FirstStart}); every person goes through {@link #create}.
	 */
	StaffView register(NewStaff form) {
		Unit unit = units.find(form.unitId());
		if (!unit.isActive()) {
			throw RuleViolation.invalid("unitId", "staff.unit.inactive", unit.getName());
		}
		StaffAccount account = accounts.save(new StaffAccount(form.username(), form.displayName().strip(),
				Texts.blankToNull(form.email()), unit, form.roles(), encoder.encode(form.password()), clock.instant()));
		events.publishEvent(AuditEvent.of("staff.created", "StaffAccount", account.getId(),
				"created " + account.getUsername() + " in " + unit.getName() + " with " + form.roles()));
		return account.toView(clock.instant());
	}

	/**
	 * Gives the account {@code username} the office head's roles and the operator's password, as the system, when
	 * nobody heads the disclosure office any more ({@link FirstStart}); audited.
	 */
	void restoreOfficeHead(String username, String password) {
		StaffAccount account = accounts.findByUsername(username).orElseThrow();
		Set<Role> granted = added(account.getRoles(), EnumSet.of(Role.DISCLOSURE_OFFICE, Role.DISCLOSURE_OFFICE_HEAD));
		account.restore(encoder.encode(password), granted);
		events.publishEvent(AuditEvent.of("staff.officeHead.restored", "StaffAccount", account.getId(),
				username + " made office head again at start-up, password from GONGKAI_OFFICE_HEAD_PASSWORD"));
		audit.granted(account.getId(), username, granted, Set.of());
	}

	public StaffView update(Me me, long id, StaffUpdate form) {
		StaffAccount account = find(id);
		requireManagerOf(me, account);
		requireManagerOf(me, form.unitId());
		Set<Role> before = Set.copyOf(account.getRoles());
		requireGrantable(me, account.getId(), account.getUsername(), added(before, form.roles()),
				added(form.roles(), before), account.isPasswordSetByOther());
		requireOnlyRolesChanged(me, account, form);
		if (account.getId() == me.id() && (!form.enabled() || (me.admin() && !form.roles().contains(Role.SYSTEM_ADMIN)))) {
			throw RuleViolation.invalid("roles", "staff.self.lockout");
		}
		Unit unit = units.find(form.unitId());
		account.update(form.displayName().strip(), Texts.blankToNull(form.email()), unit, form.roles(), form.enabled());
		events.publishEvent(AuditEvent.of("staff.updated", "StaffAccount", id, account.getUsername() + ": "
				+ unit.getName() + ", " + form.roles() + (form.enabled() ? "" : ", disabled")));
		audit.granted(id, account.getUsername(), added(before, form.roles()), added(form.roles(), before));
		return account.toView(clock.instant());
	}

	/**
	 * Sets another person's password (or one's own, as a keeper). Done to someone else's account, it suspends the
	 * roles that open personal data and tells the owner ({@link PasswordResets}).
	 *
	 * @return the roles suspended (empty when none)
	 */
	public Set<Role> resetPassword(Me me, long id, String password) {
		StaffAccount account = find(id);
		requireAccountKeeper(me, account);
		policy.check("password", account.getUsername(), password);
		if (!PasswordResets.byOther(me, id)) {
			account.changePassword(encoder.encode(password));
			events.publishEvent(AuditEvent.of("staff.password.reset", "StaffAccount", id,
					"password of " + account.getUsername() + " reset by its owner"));
			return Set.of();
		}
		Set<Role> suspended = account.resetPasswordByOther(encoder.encode(password));
		events.publishEvent(AuditEvent.of("staff.password.reset", "StaffAccount", id, "password of "
				+ account.getUsername() + " reset" + (suspended.isEmpty() ? "" : ", roles suspended: " + suspended)));
		audit.granted(id, account.getUsername(), Set.of(), suspended);
		events.publishEvent(new PasswordResetByOther(account.getUsername(), account.getDisplayName(),
				account.getEmail(), me.username(), suspended));
		return suspended;
	}

	public void unlock(Me me, long id) {
		StaffAccount account = find(id);
		requireAccountKeeper(me, account);
		account.unlock();
		throttle.forgive(account.getUsername());
		events.publishEvent(AuditEvent.of("staff.unlocked", "StaffAccount", id, account.getUsername() + " unlocked"));
	}

	public void changeOwnPassword(Me me, PasswordChange form) {
		StaffAccount account = find(me.id());
		if (!encoder.matches(form.currentPassword(), account.getPasswordHash())) {
			throw RuleViolation.invalid("currentPassword", "password.current.wrong");
		}
		if (!form.password().equals(form.confirmation())) {
			throw RuleViolation.invalid("confirmation", "password.confirmation.mismatch");
		}
		policy.check("password", account.getUsername(), form.password());
		account.changePassword(encoder.encode(form.password()));
		events.publishEvent(AuditEvent.of("staff.password.changed", "StaffAccount", me.id(), "own password changed"));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return accounts.existsByUsernameIgnoreCase(username);
	}

	private StaffAccount find(long id) {
		return accounts.findById(id).orElseThrow(() -> RuleViolation.notFound("staff.notFound", id));
	}

	private static void requireManager(Me me) {
		if (!me.canManageStaff()) {
			throw RuleViolation.forbidden("staff.manage.denied");
		}
	}

	/** The roles {@code me} may grant: the checkboxes the account forms offer. */
	@Transactional(readOnly = true)
	public List<Role> grantableBy(Me me) {
		return RoleGrants.grantable(me);
	}

	/** Administrators and the office head act on accounts of every unit; a unit head on their own unit's. */
	private static boolean departmentWide(Me me) {
		return me.admin() || me.officeHead();
	}

	private static void requireManagerOf(Me me, Long unitId) {
		requireManager(me);
		if (unitId == null || !(departmentWide(me) || me.unitId() == unitId)) {
			throw RuleViolation.forbidden("unit.scope.denied");
		}
	}

	/** A unit head manages their unit's accounts, but not one that holds a department-wide role. */
	private static void requireManagerOf(Me me, StaffAccount account) {
		requireManagerOf(me, account.getUnit().getId());
		if (!departmentWide(me) && account.getRoles().stream().anyMatch(Role::departmentWide)) {
			throw RuleViolation.forbidden("staff.role.denied");
		}
	}

	/**
	 * Passwords and lockouts are kept by administrators and unit heads; the office head, who only grants roles, does
	 * not set another person's password (and so could not sign in as them).
	 */
	private static void requireAccountKeeper(Me me, StaffAccount account) {
		requireManagerOf(me, account);
		if (!me.admin() && !me.has(Role.UNIT_HEAD)) {
			throw RuleViolation.forbidden("staff.manage.denied");
		}
	}

	/** Refuses (403, audited) a change of roles that {@code me} may not grant or take away ({@link RoleGrants}). */
	private void requireGrantable(Me me, Long accountId, String username, Set<Role> granted, Set<Role> revoked) {
		requireGrantable(me, accountId, username, granted, revoked, false);
	}

	/**
	 * The same, for an existing account; one whose password someone else set gets no role that opens personal data
	 * before its owner has chosen a password (409: the grant may be made later, {@link PasswordResets}).
	 */
	private void requireGrantable(Me me, Long accountId, String username, Set<Role> granted, Set<Role> revoked,
			boolean passwordSetByOther) {
		RoleGrants.refusal(me, accountId, granted, revoked).ifPresent(reason -> {
			audit.refused(accountId, username, granted, revoked, reason);
			throw RuleViolation.forbidden(reason);
		});
		PasswordResets.refusal(passwordSetByOther, granted).ifPresent(reason -> {
			audit.refused(accountId, username, granted, revoked, reason);
			throw RuleViolation.conflict("roles", reason);
		});
	}

	/** An office head who keeps no accounts changes the roles of an account, nothing else about it. */
	private static void requireOnlyRolesChanged(Me me, StaffAccount account, StaffUpdate form) {
		if (me.admin() || me.has(Role.UNIT_HEAD)) {
			return;
		}
		boolean same = account.getDisplayName().equals(form.displayName().strip())
				&& Objects.equals(account.getEmail(), Texts.blankToNull(form.email()))
				&& account.getUnit().getId().equals(form.unitId()) && account.isEnabled() == form.enabled();
		if (!same) {
			throw RuleViolation.forbidden("staff.officeHead.rolesOnly");
		}
	}

	private static Set<Role> added(Set<Role> before, Set<Role> after) {
		EnumSet<Role> added = EnumSet.noneOf(Role.class);
		after.stream().filter(role -> !before.contains(role)).forEach(added::add);
		return added;
	}



}

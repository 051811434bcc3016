package org.gongkai.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
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
 * unit and cannot grant department-wide roles. Checked here, on the server, whatever the page offered.
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

	private final LoginThrottle throttle;

	StaffManagement(StaffAccountRepository accounts, UnitManagement units, PasswordPolicy policy,
			PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock, LoginThrottle throttle) {
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
		List<StaffAccount> visible = me.admin() ? accounts.findAllWithUnit() : accounts.findAllInUnit(me.unitId());
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
		requireGrantable(me, form.roles());
		if (accounts.existsByUsernameIgnoreCase(form.username())) {
			throw RuleViolation.conflict("username", "staff.username.taken", form.username());
		}
		policy.check("password", form.username(), form.password());
		return register(form);
	}

	/** Creates an account without an acting user: the first administrator and the demo accounts. */
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

	public StaffView update(Me me, long id, StaffUpdate form) {
		StaffAccount account = find(id);
		requireManagerOf(me, account);
		requireManagerOf(me, form.unitId());
		Set<Role> changed = changedRoles(account.getRoles(), form.roles());
		requireGrantable(me, changed);
		if (account.getId() == me.id() && (!form.enabled() || (me.admin() && !form.roles().contains(Role.SYSTEM_ADMIN)))) {
			throw RuleViolation.invalid("roles", "staff.self.lockout");
		}
		Unit unit = units.find(form.unitId());
		account.update(form.displayName().strip(), Texts.blankToNull(form.email()), unit, form.roles(), form.enabled());
		events.publishEvent(AuditEvent.of("staff.updated", "StaffAccount", id, account.getUsername() + ": "
				+ unit.getName() + ", " + form.roles() + (form.enabled() ? "" : ", disabled")));
		return account.toView(clock.instant());
	}

	public void resetPassword(Me me, long id, String password) {
		StaffAccount account = find(id);
		requireManagerOf(me, account);
		policy.check("password", account.getUsername(), password);
		account.changePassword(encoder.encode(password));
		events.publishEvent(AuditEvent.of("staff.password.reset", "StaffAccount", id,
				"password of " + account.getUsername() + " reset"));
	}

	public void unlock(Me me, long id) {
		StaffAccount account = find(id);
		requireManagerOf(me, account);
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

	private static void requireManagerOf(Me me, Long unitId) {
		requireManager(me);
		if (unitId == null || !(me.admin() || me.unitId() == unitId)) {
			throw RuleViolation.forbidden("unit.scope.denied");
		}
	}

	/** A unit head manages their unit's accounts, but not one that holds a department-wide role. */
	private static void requireManagerOf(Me me, StaffAccount account) {
		requireManagerOf(me, account.getUnit().getId());
		requireGrantable(me, account.getRoles());
	}

	private static void requireGrantable(Me me, Set<Role> roles) {
		if (!me.admin() && roles.stream().anyMatch(Role::departmentWide)) {
			throw RuleViolation.forbidden("staff.role.denied");
		}
	}

	private static Set<Role> changedRoles(Set<Role> before, Set<Role> after) {
		EnumSet<Role> changed = EnumSet.noneOf(Role.class);
		after.stream().filter(role -> !before.contains(role)).forEach(changed::add);
		before.stream().filter(role -> !after.contains(role)).forEach(changed::add);
		return changed;
	}


}

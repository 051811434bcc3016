package org.gongkai.identity;

import java.util.List;
import java.util.Set;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.StaffForms.NewStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start: the administrator {@code admin} (password from GONGKAI_ADMIN_PASSWORD or generated and
 * printed once) and, with demo data on, one demo account per role in different units sharing one password.
 * There is no fixed default password anywhere. Done before the web server takes its first request: as a runner
 * after it, under a load arriving at once it waited 30 s in vain for a database connection the requests held, and
 * the application stopped.
 */
@Component
class FirstStart implements SmartInitializingSingleton {

	static final String ADMIN = "admin";

	static final String OFFICE_HEAD = "officehead";

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private static final List<DemoAccount> DEMO = List.of(
			new DemoAccount("office", "公开办 王敏", "office", Set.of(Role.DISCLOSURE_OFFICE)),
			new DemoAccount("officehead", "公开办 周建国", "office",
					Set.of(Role.DISCLOSURE_OFFICE, Role.DISCLOSURE_OFFICE_HEAD)),
			new DemoAccount("editor", "就业处 李强", "employment", Set.of(Role.UNIT_EDITOR)),
			// The editor's own unit's reviewer, so that a draft of 就业处 can pass four eyes within the unit.
			new DemoAccount("checker", "就业处 孙悦", "employment", Set.of(Role.UNIT_REVIEWER)),
			new DemoAccount("reviewer", "专技处 张丽", "professional", Set.of(Role.UNIT_REVIEWER)),
			new DemoAccount("head", "财务处 陈刚", "finance", Set.of(Role.UNIT_HEAD)),
			new DemoAccount("handler", "法规处 赵静", "legal", Set.of(Role.REQUEST_HANDLER)));

	private final StaffManagement staff;

	private final UnitRepository units;

	private final PasswordPolicy policy;

	private final BootstrapProperties properties;

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	FirstStart(StaffManagement staff, UnitRepository units, PasswordPolicy policy, BootstrapProperties properties,
			PlatformTransactionManager transactions, EntityManager entityManager) {
		this.staff = staff;
		this.units = units;
		this.policy = policy;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactions);
		this.entityManager = entityManager;
	}

	@Override
	public void afterSingletonsInstantiated() {
		transactions.executeWithoutResult(status -> {
			if (!exists(ADMIN)) {
				createAdministrator();
			}
			if (properties.demoData() && !exists(DEMO.get(0).username())) {
				createDemoAccounts();
			}
			if (!officeHeadExists()) {
				if (!exists(OFFICE_HEAD)) {
					if (!properties.demoData()) {
						createOfficeHead();
					}
				}
				else {
					restoreOfficeHead();
				}
			}
		});
	}

	/**
	 * Asked of the persistence unit itself: this early the repositories are still being set up in the background
	 * (deferred bootstrap), and waiting for them here held the web server back by seconds on every start.
	 */
	private boolean exists(String username) {
		return entityManager
			.createQuery("select count(a) from StaffAccount a where lower(a.username) = lower(:username)", Long.class)
			.setParameter("username", username)
			.getSingleResult() > 0;
	}

	/**
	 * Whether someone already heads the disclosure office. Only an office head grants the roles that open
	 * personal data ({@link RoleGrants}), and the administrator may not: without a first one created by the system,
	 * nobody could ever be given them.
	 */
	private boolean officeHeadExists() {
		return entityManager.createQuery("select a.roles from StaffAccount a", Object.class)
			.getResultStream()
			.anyMatch(roles -> roles instanceof Set<?> set && set.contains(Role.DISCLOSURE_OFFICE_HEAD));
	}

	private void createOfficeHead() {
		String password = chosenOrGenerated(properties.officeHead().password(), OFFICE_HEAD,
				"GONGKAI_OFFICE_HEAD_PASSWORD");
		staff.register(new NewStaff(OFFICE_HEAD, "公开办负责人", null, unitId("office"),
				Set.of(Role.DISCLOSURE_OFFICE, Role.DISCLOSURE_OFFICE_HEAD), password));
		announce("Head of the disclosure office created: username 'officehead' (hand it to that person, not the "
				+ "administrator: it grants the roles that open personal data)", properties.officeHead().password(),
				password);
	}

	/**
	 * Nobody heads the disclosure office any more (the last office head's password was reset by someone else, which
	 * suspended the role, {@link PasswordResets}), so nobody could grant the roles that open personal data again. The
	 * operator, who runs the server, decides: with {@code GONGKAI_OFFICE_HEAD_PASSWORD} set, {@code officehead} gets
	 * that password and the office head's roles back; without it, the start only says how.
	 */
	private void restoreOfficeHead() {
		String chosen = properties.officeHead().password();
		if (chosen == null || chosen.isBlank()) {
			log.warn("Nobody heads the disclosure office, so nobody can grant the roles that open personal data. To give "
					+ "'officehead' the role again, restart once with GONGKAI_OFFICE_HEAD_PASSWORD set (then remove it).");
			return;
		}
		staff.restoreOfficeHead(OFFICE_HEAD, chosenOrGenerated(chosen, OFFICE_HEAD, "GONGKAI_OFFICE_HEAD_PASSWORD"));
		announce("Nobody headed the disclosure office: 'officehead' is the office head again (hand it to that person)",
				chosen, chosen);
	}

	private void createAdministrator() {
		String password = chosenOrGenerated(properties.admin().password(), ADMIN, "GONGKAI_ADMIN_PASSWORD");
		staff.register(new NewStaff(ADMIN, "系统管理员", null, unitId("agency"), Set.of(Role.SYSTEM_ADMIN), password));
		announce("Administrator account created: username 'admin'", properties.admin().password(), password);
	}

	private void createDemoAccounts() {
		String password = chosenOrGenerated(properties.demo().password(), "demo", "GONGKAI_DEMO_PASSWORD");
		for (DemoAccount demo : DEMO) {
			staff.register(new NewStaff(demo.username(), demo.displayName(), demo.username() + "@demo.invalid",
					unitId(demo.unitCode()),
					demo.roles(), password));
		}
		announce("Demo staff accounts created: office, officehead, editor, checker, reviewer, head, handler", properties.demo().password(),
				password);
	}

	private String chosenOrGenerated(String chosen, String username, String variable) {
		if (chosen == null || chosen.isBlank()) {
			return GeneratedPasswords.next(16);
		}
		try {
			policy.check("password", username, chosen);
		}
		catch (RuleViolation ex) {
			throw new IllegalStateException(variable + " must have at least " + policy.minLength()
					+ " characters and differ from the username", ex);
		}
		return chosen;
	}

	private static void announce(String what, String chosen, String password) {
		String shown = chosen == null || chosen.isBlank() ? "password: " + password + "  (shown once: note it now)"
				: "password: the one given in the environment";
		log.warn("\n\n==========================================================\n  {}\n  {}\n"
				+ "==========================================================\n", what, shown);
	}

	private long unitId(String code) {
		return units.findByCode(code).map(Unit::getId).orElseGet(() -> units.findByCode("agency").orElseThrow().getId());
	}

	private record DemoAccount(String username, String displayName, String unitCode, Set<Role> roles) {
	}

}

package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.gongkai.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Account takeover by password reset, tried as an administrator would: reset the password of an office head, sign
 * in as them, give oneself the disclosure office role. The reset suspends the roles that open personal data, so
 * the signed-in administrator holds none and can grant none; the owner and the office heads are mailed; an office
 * head grants the roles again only after the owner has changed the password. When nobody heads the office any more,
 * the operator restores {@code officehead} at start-up.
 */
@GongkaiTest
class PasswordResetTakeoverTest {

	static final String KNOWN_TO_ADMIN = "admin-knows-this-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorWhoResetsAnOfficeHeadsPasswordCannotBecomeTheOfficeHead() throws Exception {
		String victim = "second-head-" + System.nanoTime() % 100000;
		RequestPostProcessor officeHead = httpBasic("officehead", TestAccounts.DEMO_PASSWORD);
		mvc.perform(post("/api/v1/admin/users").with(officeHead).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"%s\",\"displayName\":\"第二负责人\",\"email\":\"%s@example.invalid\",\"unitId\":%d,"
					.formatted(victim, victim, unitId("office"))
					+ "\"roles\":[\"DISCLOSURE_OFFICE\",\"DISCLOSURE_OFFICE_HEAD\"],\"password\":\"victims-own-pass-1\"}"))
			.andExpect(status().isCreated());
		long victimId = accountId(victim);
		long adminId = accountId("admin");

		RequestPostProcessor admin = Sessions.admin(mvc);
		mvc.perform(get("/admin/users/{id}", victimId).with(admin))
			.andExpect(content().string(containsString("id=\"reset-suspends\"")))
			.andExpect(content().string(containsString("将被暂停的角色")))
			.andExpect(content().string(containsString("公开办负责人")));
		mvc.perform(post("/admin/users/{id}/password", victimId).with(admin).with(csrf()).param("password", KNOWN_TO_ADMIN))
			.andExpect(redirectedUrl("/admin/users/" + victimId))
			.andExpect(flash().attributeExists("flash"));

		RequestPostProcessor asVictim = Sessions.signIn(mvc, victim, KNOWN_TO_ADMIN);
		mvc.perform(get("/admin/requests").with(asVictim)).andExpect(status().isForbidden());
		updateRoles(adminId, httpBasic(victim, KNOWN_TO_ADMIN), "agency", "SYSTEM_ADMIN", "DISCLOSURE_OFFICE")
			.andExpect(status().isForbidden());
		assertThat(roles("admin")).isEqualTo("SYSTEM_ADMIN");
		assertThat(roles(victim)).isEmpty();

		assertThat(audited("staff.password.reset", victimId, "%roles suspended: [DISCLOSURE_OFFICE, DISCLOSURE_OFFICE_HEAD]"))
			.isEqualTo(1);
		assertThat(audited("staff.role.revoked", victimId, "DISCLOSURE_OFFICE_HEAD taken from " + victim)).isEqualTo(1);
		assertThat(mails(victim + "@example.invalid", "【公开平台】您的账户 " + victim + " 的密码已被他人重置")).isEqualTo(1);
		assertThat(mails("officehead@demo.invalid", "%账户 " + victim + " 的密码被他人重置%")).isEqualTo(1);

		updateRoles(victimId, officeHead, "office", "DISCLOSURE_OFFICE", "DISCLOSURE_OFFICE_HEAD")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("本人修改密码之前")));
		mvc.perform(get("/admin/users/{id}", victimId).with(Sessions.demo(mvc, "officehead")))
			.andExpect(content().string(containsString("该账户的密码由他人重置，本人尚未修改")));
		mvc.perform(post("/admin/password").with(asVictim).with(csrf())
			.param("currentPassword", KNOWN_TO_ADMIN)
			.param("password", "victims-new-pass-2")
			.param("confirmation", "victims-new-pass-2"))
			.andExpect(redirectedUrl("/admin"));
		updateRoles(victimId, officeHead, "office", "DISCLOSURE_OFFICE", "DISCLOSURE_OFFICE_HEAD")
			.andExpect(status().isOk());
		assertThat(roles(victim)).isEqualTo("DISCLOSURE_OFFICE,DISCLOSURE_OFFICE_HEAD");
		// The shared test database keeps its demo office: the second head must not receive the later tests' mails.
		jdbc.update("update staff_account set roles = '', enabled = false where username = ?", victim);
	}

	@Test
	void aResetOfAnAccountWithoutPersonalDataRolesKeepsItsRolesAndOwnResetsSuspendNothing() throws Exception {
		long editorId = accountId("editor");
		RequestPostProcessor admin = Sessions.admin(mvc);
		mvc.perform(get("/admin/users/{id}", editorId).with(admin))
			.andExpect(content().string(not(containsString("id=\"reset-suspends\""))));
		String hash = jdbc.queryForObject("select password_hash from staff_account where id = ?", String.class, editorId);
		try {
			mvc.perform(post("/admin/users/{id}/password", editorId).with(admin).with(csrf()).param("password", KNOWN_TO_ADMIN))
				.andExpect(redirectedUrl("/admin/users/" + editorId));
			assertThat(roles("editor")).isEqualTo("UNIT_EDITOR");
			assertThat(mails("editor@demo.invalid", "%editor 的密码已被他人重置")).isPositive();
		}
		finally {
			jdbc.update("update staff_account set password_hash = ?, password_set_by_other = false where id = ?", hash,
					editorId);
		}
	}

	@Autowired
	StaffManagement staff;

	@Autowired
	UnitRepository units;

	@Autowired
	PasswordPolicy policy;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entityManager;

	/**
	 * The recovery path when the only office head's password was reset: nobody can grant the office head role
	 * (administrators may not), so the operator restarts with GONGKAI_OFFICE_HEAD_PASSWORD and {@code officehead}
	 * is the office head again, with that password; without the setting nothing changes.
	 */
	@Test
	void whenNobodyHeadsTheOfficeTheOperatorRestoresOfficeheadAtStart() throws Exception {
		var before = jdbc.queryForList("select id, roles, password_hash from staff_account where roles like '%DISCLOSURE_OFFICE_HEAD%'");
		try {
			jdbc.update("update staff_account set roles = replace(replace(roles, ',DISCLOSURE_OFFICE_HEAD', ''), "
					+ "'DISCLOSURE_OFFICE_HEAD', '') where roles like '%DISCLOSURE_OFFICE_HEAD%'");
			firstStart(null).afterSingletonsInstantiated();
			assertThat(roles("officehead")).doesNotContain("DISCLOSURE_OFFICE_HEAD");

			firstStart("operator-chose-this-1").afterSingletonsInstantiated();
			assertThat(roles("officehead")).isEqualTo("DISCLOSURE_OFFICE,DISCLOSURE_OFFICE_HEAD");
			Sessions.signIn(mvc, "officehead", "operator-chose-this-1");
			assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'staff.officeHead.restored'",
					Long.class)).isEqualTo(1);
		}
		finally {
			before.forEach(row -> jdbc.update("update staff_account set roles = ?, password_hash = ? where id = ?",
					row.get("roles"), row.get("password_hash"), row.get("id")));
		}
	}

	private FirstStart firstStart(String officeHeadPassword) {
		return new FirstStart(staff, units, policy, new BootstrapProperties(null, true, null,
				new BootstrapProperties.OfficeHead(officeHeadPassword)), transactions, entityManager);
	}

	ResultActions updateRoles(long id, RequestPostProcessor as, String unitCode, String... roles) throws Exception {
		String displayName = jdbc.queryForObject("select display_name from staff_account where id = ?", String.class, id);
		String email = jdbc.queryForObject("select email from staff_account where id = ?", String.class, id);
		String quoted = String.join(",", java.util.Arrays.stream(roles).map(role -> "\"" + role + "\"").toList());
		return mvc.perform(put("/api/v1/admin/users/{id}", id).with(as)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"displayName\":\"%s\",\"email\":%s,\"unitId\":%d,\"roles\":[%s],\"enabled\":true}".formatted(
					displayName, email == null ? "null" : "\"" + email + "\"", unitId(unitCode), quoted)));
	}

	private long accountId(String username) {
		return jdbc.queryForObject("select id from staff_account where username = ?", Long.class, username);
	}

	private long unitId(String code) {
		return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
	}

	private String roles(String username) {
		return jdbc.queryForObject("select roles from staff_account where username = ?", String.class, username);
	}

	private long audited(String action, long id, String summary) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and object_id = ? and summary like ?",
				Long.class, action, String.valueOf(id), summary);
	}

	private long mails(String to, String subject) {
		return jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ? and purpose = "
				+ "'staff.password.reset' and subject like ?", Long.class, to, subject);
	}

}

package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/**
 * Granting roles through the staff API and the console: an administrator cannot give itself (or anyone) a role
 * that opens personal data; the office head grants it to someone else, never to themselves; grants and refusals
 * are audited; the demo accounts that hold such roles are still created at first start, by the system.
 */
@GongkaiTest
class RoleGrantsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorCannotGiveItselfTheDisclosureOfficeRoleAndTheRefusalIsAudited() throws Exception {
		long admin = accountId("admin");
		long refusalsBefore = audited("staff.role.refused", admin);
		updateRoles(admin, httpBasic("admin", TestAccounts.ADMIN_PASSWORD), "agency", "SYSTEM_ADMIN", "DISCLOSURE_OFFICE")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("不能授予本人")));
		assertThat(roles("admin")).isEqualTo("SYSTEM_ADMIN");
		assertThat(audited("staff.role.refused", admin)).isEqualTo(refusalsBefore + 1);

		mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUser("adm-office-" + System.nanoTime() % 100000, "office", "DISCLOSURE_OFFICE")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("只能由公开办负责人授予")));
	}

	@Test
	void theConsoleOffersAnAdministratorNoPersonalDataRoleAndRefusesAForgedOne() throws Exception {
		long admin = accountId("admin");
		RequestPostProcessor session = Sessions.admin(mvc);
		mvc.perform(get("/admin/users/{id}", admin).with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"UNIT_EDITOR\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"DISCLOSURE_OFFICE\""))))
			.andExpect(content().string(containsString("只能由公开办负责人授予他人，不能授予本人")));
		mvc.perform(post("/admin/users/{id}", admin).with(session).with(csrf())
			.param("displayName", "系统管理员")
			.param("email", "")
			.param("unitId", String.valueOf(unitId("agency")))
			.param("roles", "SYSTEM_ADMIN", "DISCLOSURE_OFFICE")
			.param("enabled", "true"))
			.andExpect(status().isForbidden());
		assertThat(roles("admin")).isEqualTo("SYSTEM_ADMIN");
	}

	@Test
	void theOfficeHeadGrantsRequestHandlingToSomeoneElseButNotToThemselves() throws Exception {
		String handler = "new-handler-" + System.nanoTime() % 100000;
		mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUser(handler, "legal", "UNIT_EDITOR")))
			.andExpect(status().isCreated());
		long id = accountId(handler);
		RequestPostProcessor officeHead = httpBasic("officehead", TestAccounts.DEMO_PASSWORD);

		updateRoles(id, officeHead, "legal", "UNIT_EDITOR", "REQUEST_HANDLER").andExpect(status().isOk())
			.andExpect(jsonPath("$.roles", org.hamcrest.Matchers.hasItem("REQUEST_HANDLER")));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'staff.role.granted' and summary = ?",
				Long.class, "REQUEST_HANDLER granted to " + handler)).isEqualTo(1);
		updateRoles(id, officeHead, "legal", "UNIT_EDITOR", "REQUEST_HANDLER", "SYSTEM_ADMIN")
			.andExpect(status().isForbidden());

		long self = accountId("officehead");
		updateRoles(self, officeHead, "office", "DISCLOSURE_OFFICE", "DISCLOSURE_OFFICE_HEAD", "REQUEST_HANDLER")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("不能授予本人")));
		assertThat(roles("officehead")).doesNotContain("REQUEST_HANDLER");
	}

	@Test
	void theDemoAccountsHoldingPersonalDataRolesAreCreatedByTheSystemAtFirstStart() {
		assertThat(roles("officehead")).contains("DISCLOSURE_OFFICE_HEAD");
		assertThat(roles("handler")).isEqualTo("REQUEST_HANDLER");
		assertThat(jdbc.queryForObject("select actor from audit_entry where action = 'staff.created' and summary like ?",
				String.class, "created officehead %")).isEqualTo("system");
	}

	ResultActions updateRoles(long id, RequestPostProcessor as, String unitCode, String... roles) throws Exception {
		String displayName = jdbc.queryForObject("select display_name from staff_account where id = ?", String.class, id);
		return mvc.perform(put("/api/v1/admin/users/{id}", id).with(as)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"displayName\":\"%s\",\"unitId\":%d,\"roles\":[%s],\"enabled\":true}".formatted(displayName,
					unitId(unitCode), quoted(roles))));
	}

	String newUser(String username, String unitCode, String... roles) {
		return "{\"username\":\"%s\",\"displayName\":\"新账号\",\"unitId\":%d,\"roles\":[%s],\"password\":\"%s\"}"
			.formatted(username, unitId(unitCode), quoted(roles), TestAccounts.DEMO_PASSWORD);
	}

	static String quoted(String... roles) {
		return String.join(",", java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"").toList());
	}

	long accountId(String username) {
		return jdbc.queryForObject("select id from staff_account where username = ?", Long.class, username);
	}

	long unitId(String code) {
		return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
	}

	String roles(String username) {
		return jdbc.queryForObject("select roles from staff_account where username = ?", String.class, username);
	}

	long audited(String action, long accountId) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and object_id = ?", Long.class,
				action, String.valueOf(accountId));
	}

}

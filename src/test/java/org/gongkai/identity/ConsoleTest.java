package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;

import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The staff console as its users meet it: forms, scoping, tokens, and the protections around them. */
@GongkaiTest
class ConsoleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.gongkai.support.MutableClock clock;

	@Test
	void theConsoleAsksAnonymousVisitorsToSignIn() throws Exception {
		mvc.perform(get("/admin/units")).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		var admin = Sessions.admin(mvc);
		mvc.perform(post("/admin/units").with(admin).param("name", "无令牌处").param("code", "nocsrf").param("kind", "DIVISION"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from unit where code = 'nocsrf'", Integer.class)).isZero();
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void aUnitEditorIsShownTheForbiddenPageForUnitManagement() throws Exception {
		mvc.perform(get("/admin/units").with(Sessions.demo(mvc, "editor")))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/error/403"));
	}

	@Test
	void aUnitFormWithErrorsShowsThemAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/units").with(Sessions.admin(mvc))
			.with(csrf())
			.param("name", "新建的处")
			.param("code", "Bad Code!")
			.param("kind", "DIVISION")
			.param("sortOrder", "5"))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/units"))
			.andExpect(model().attributeHasFieldErrors("form", "code"))
			.andExpect(content().string(containsString("value=\"新建的处\"")))
			.andExpect(content().string(containsString("单位代码须以小写字母开头")));
	}

	@Test
	void aUnitHeadSeesOnlyTheirOwnUnitsAccounts() throws Exception {
		String page = mvc.perform(get("/admin/users").with(Sessions.demo(mvc, "head")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("财务处 陈刚").doesNotContain("就业处 李强").doesNotContain("系统管理员");
	}

	@Test
	void aUnitHeadCannotOpenAnAccountOfAnotherUnit() throws Exception {
		long editorId = jdbc.queryForObject("select id from staff_account where username = 'editor'", Long.class);
		mvc.perform(get("/admin/users/{id}", editorId).with(Sessions.demo(mvc, "head"))).andExpect(status().isForbidden());
	}

	@Test
	void anApiTokenIsShownOnceAndWorksUntilRevoked() throws Exception {
		var office = Sessions.demo(mvc, "office");
		MvcResult created = mvc.perform(post("/admin/tokens").with(office).with(csrf()).param("name", "发布脚本").param("validDays", "30"))
			.andExpect(redirectedUrl("/admin/tokens"))
			.andExpect(flash().attributeExists("issued"))
			.andReturn();
		ApiTokens.IssuedToken issued = (ApiTokens.IssuedToken) created.getFlashMap().get("issued");
		assertThat(issued.secret()).startsWith("gk_");
		assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class,
				issued.secret())).as("the token itself is never stored").isZero();

		mvc.perform(get("/api/v1/admin/me").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"username\":\"office\"")));
		mvc.perform(get("/admin/tokens").with(office)).andExpect(content().string(containsString(issued.secret())));
		mvc.perform(get("/admin/tokens").with(office)).andExpect(content().string(not(containsString(issued.secret()))));

		mvc.perform(post("/admin/tokens/{id}/revoke", issued.token().id()).with(office).with(csrf()))
			.andExpect(redirectedUrl("/admin/tokens"));
		mvc.perform(get("/api/v1/admin/me").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenWithAnImpossibleValidityIsRefusedNextToTheField() throws Exception {
		mvc.perform(post("/admin/tokens").with(Sessions.demo(mvc, "reviewer")).with(csrf()).param("name", "x").param("validDays", "9999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"days-error\"")));
	}

	@Test
	void changingOnesOwnPasswordChecksTheCurrentOneAndThePolicy() throws Exception {
		String username = "pw-" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/api/v1/admin/users").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic("admin", org.gongkai.support.TestAccounts.ADMIN_PASSWORD))
			.contentType("application/json")
			.content("{\"username\":\"" + username + "\",\"displayName\":\"改密\",\"unitId\":" + jdbc.queryForObject("select id from unit where code = 'office'", Long.class) + ",\"roles\":[\"UNIT_EDITOR\"],\"password\":\"first-password-1\"}"))
			.andExpect(status().isCreated());
		var session = Sessions.signIn(mvc, username, "first-password-1");
		mvc.perform(post("/admin/password").with(session).with(csrf())
			.param("currentPassword", "wrong-current-1")
			.param("password", "second-password-2")
			.param("confirmation", "second-password-2"))
			.andExpect(model().attributeHasFieldErrors("form", "currentPassword"));
		mvc.perform(post("/admin/password").with(session).with(csrf())
			.param("currentPassword", "first-password-1")
			.param("password", username)
			.param("confirmation", username))
			.andExpect(model().attributeHasFieldErrors("form", "password"));
		mvc.perform(post("/admin/password").with(session).with(csrf())
			.param("currentPassword", "first-password-1")
			.param("password", "second-password-2")
			.param("confirmation", "second-password-2"))
			.andExpect(redirectedUrl("/admin"));
		Sessions.signIn(mvc, username, "second-password-2");
	}

	@Test
	void fromTheFirstOfDecemberTheDashboardWarnsThatNextYearsHolidaysAreMissing() throws Exception {
		var office = Sessions.demo(mvc, "office");
		mvc.perform(get("/admin").with(office)).andExpect(content().string(not(containsString("2027 年的节假日安排尚未录入"))));
		clock.set(java.time.Instant.parse("2026-11-30T16:00:00Z"));
		try {
			mvc.perform(get("/admin").with(office)).andExpect(content().string(containsString("2027 年的节假日安排尚未录入")));
			mvc.perform(get("/admin").with(Sessions.demo(mvc, "editor")))
				.andExpect(content().string(not(containsString("2027 年的节假日安排尚未录入"))));
		}
		finally {
			clock.set(org.gongkai.support.TestClockConfig.START);
		}
	}

	@Test
	void englishIsOneLinkAway() throws Exception {
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(containsString("lang=\"en\"")))
			.andExpect(content().string(containsString("Catalogue")));
	}

}

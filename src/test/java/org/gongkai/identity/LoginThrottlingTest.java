package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.gongkai.support.ClientAddresses;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Sign-ins under attack, as the public and the account's owner see them: an attacker elsewhere cannot lock the
 * owner out, unknown, wrong and locked look the same on the form and on the API, many addresses are slowed down,
 * and the administrators hear of it.
 */
@GongkaiTest
class LoginThrottlingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void anAttackerElsewhereCannotLockTheOwnerOut() throws Exception {
		String owner = newUser("UNIT_EDITOR", null);
		String home = ClientAddresses.fresh();
		String attacker = ClientAddresses.fresh();
		login(owner, password(owner), home).andExpect(redirectedUrl("/admin"));
		for (int i = 0; i < 8; i++) {
			login(owner, "guess-" + i, attacker).andExpect(redirectedUrl("/admin/login?error"));
		}
		// the attacker's address is locked out of the account, right password or not
		login(owner, password(owner), attacker).andExpect(redirectedUrl("/admin/login?error"));
		login(owner, password(owner), home).andExpect(redirectedUrl("/admin"));
		mvc.perform(get("/api/v1/admin/me").with(httpBasic(owner, password(owner))).with(ClientAddresses.from(home)))
			.andExpect(status().isOk());
	}

	@Test
	void unknownWrongAndLockedAnswerExactlyTheSame() throws Exception {
		String user = newUser("UNIT_EDITOR", null);
		String lockedInDatabase = newUser("UNIT_EDITOR", null);
		jdbc.update("update staff_account set locked_until = ? where username = ?",
				java.sql.Timestamp.from(clock.instant().plus(Duration.ofHours(1))), lockedInDatabase);
		String attacker = ClientAddresses.fresh();
		for (int i = 0; i < 5; i++) {
			login(user, "guess-" + i, attacker);
		}
		String[][] tries = { { "nobody-" + UUID.randomUUID(), "whatever-pass" }, { user, "wrong-password" },
				{ user, password(user) }, { lockedInDatabase, password(lockedInDatabase) } };
		String[] addresses = { ClientAddresses.fresh(), ClientAddresses.fresh(), attacker, ClientAddresses.fresh() };
		String firstPage = null;
		String firstProblem = null;
		for (int i = 0; i < tries.length; i++) {
			MvcResult form = login(tries[i][0], tries[i][1], addresses[i]).andExpect(redirectedUrl("/admin/login?error"))
				.andReturn();
			String page = mvc.perform(get(form.getResponse().getRedirectedUrl()))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8)
				.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
			MvcResult api = mvc.perform(get("/api/v1/admin/me").with(httpBasic(tries[i][0], tries[i][1]))
				.with(ClientAddresses.from(addresses[i]))).andExpect(status().isUnauthorized()).andReturn();
			String problem = api.getResponse().getHeader("WWW-Authenticate") + api.getResponse().getContentAsString();
			firstPage = firstPage == null ? page : firstPage;
			firstProblem = firstProblem == null ? problem : firstProblem;
			assertThat(page).as("the login page after try %d", i).isEqualTo(firstPage);
			assertThat(problem).as("the API's answer to try %d", i).isEqualTo(firstProblem);
		}
	}

	@Test
	void manyAddressesTryingOnceEachAreSlowedButTheOwnerStillGetsIn() throws Exception {
		String owner = newUser("UNIT_EDITOR", null);
		for (int i = 0; i < 5; i++) {
			login(owner, "guess-" + i, ClientAddresses.fresh()).andExpect(redirectedUrl("/admin/login?error"));
		}
		String cafe = ClientAddresses.fresh();
		// a new address waits out the delay
		login(owner, password(owner), cafe).andExpect(redirectedUrl("/admin/login?error"));
		clock.advance(Duration.ofSeconds(1));
		login(owner, password(owner), cafe).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void theAdministratorsAreToldOnceOfAnAttack() throws Exception {
		String administrator = newUser("SYSTEM_ADMIN", "sec-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		String email = jdbc.queryForObject("select email from staff_account where username = ?", String.class,
				administrator);
		String target = newUser("UNIT_EDITOR", null);
		String attacker = ClientAddresses.fresh();
		for (int i = 0; i < 12; i++) {
			login(target, "guess-" + i, attacker);
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from outgoing_mail where recipient = ? and purpose = 'login.attack' and subject like ?",
				Integer.class, email, "%" + target + "%")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'login.attack' and object_id = ?",
				Integer.class, target)).isEqualTo(1);
	}

	private ResultActions login(String username, String password, String address) throws Exception {
		return mvc.perform(post("/admin/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(ClientAddresses.from(address)));
	}

	private String newUser(String role, String email) throws Exception {
		String username = "t" + UUID.randomUUID().toString().substring(0, 8);
		long unit = jdbc.queryForObject("select id from unit where code = 'employment'", Long.class);
		mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD))
			.with(ClientAddresses.from(ClientAddresses.fresh()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"displayName\":\"测试 " + username + "\",\"unitId\":" + unit
					+ (email == null ? "" : ",\"email\":\"" + email + "\"") + ",\"roles\":[\"" + role
					+ "\"],\"password\":\"" + password(username) + "\"}"))
			.andExpect(status().isCreated());
		return username;
	}

	private static String password(String username) {
		return "s3cret-pass-" + username;
	}

}

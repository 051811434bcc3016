package org.gongkai.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a staff member in through the real login form and carries the session into later requests. */
public final class Sessions {

	private Sessions() {
	}

	public static RequestPostProcessor signIn(MockMvc mvc, String username, String password) throws Exception {
		MockHttpSession session = (MockHttpSession) mvc
			.perform(post("/admin/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getRequest()
			.getSession();
		return request -> {
			request.setSession(session);
			return request;
		};
	}

	public static RequestPostProcessor admin(MockMvc mvc) throws Exception {
		return signIn(mvc, "admin", TestAccounts.ADMIN_PASSWORD);
	}

	public static RequestPostProcessor demo(MockMvc mvc, String username) throws Exception {
		return signIn(mvc, username, TestAccounts.DEMO_PASSWORD);
	}

}

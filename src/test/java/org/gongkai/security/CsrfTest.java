package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.security.Endpoints.Endpoint;
import org.gongkai.security.Targets.Target;
import org.gongkai.support.ClientAddresses;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A forged form post: every state-changing route of the session-based web (the console and the public forms),
 * called by a signed-in administrator without a CSRF token, is refused and changes nothing. The staff API is
 * stateless (no cookie to ride on) and the public JSON APIs act on nobody's session: both are left out.
 */
@GongkaiTest
class CsrfTest {

	/** A refusal of a forged post: 403 with the refusal page (it answered 405 before issue 14). */
	static final Set<Integer> REFUSED = Set.of(403);

	/** Tables a forged post could change: every change of the console is audited, applications and comments are not. */
	static final List<String> COUNTED = List.of("audit_entry", "disclosure_request", "consultation_comment",
			"staff_account", "unit", "api_token");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService staff;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void everyFormPostWithoutTokenIsRefusedAndChangesNothing() throws Exception {
		Subjects subjects = new Subjects(jdbc, staff);
		Targets targets = new Targets(jdbc);
		List<Endpoint> posts = Endpoints.of(mapping)
			.all()
			.stream()
			.filter(e -> e.changes() && !e.pattern().startsWith("/api/") && !e.pattern().equals("/admin/login")
					&& !e.pattern().equals("/error"))
			.toList();
		assertThat(posts).as("the console has forms").hasSizeGreaterThan(50);
		List<String> problems = new ArrayList<>();
		for (Endpoint endpoint : posts) {
			Target target = targets.of(endpoint);
			String before = counts();
			AbstractMockHttpServletRequestBuilder<?> forged = endpoint.multipart()
					? multipart(HttpMethod.valueOf(endpoint.method()), endpoint.uri(target.values()))
					: request(HttpMethod.valueOf(endpoint.method()), endpoint.uri(target.values()));
			int status = mvc
				.perform(forged.with(subjects.account("admin"))
					.with(ClientAddresses.from(ClientAddresses.fresh())))
				.andReturn()
				.getResponse()
				.getStatus();
			if (!REFUSED.contains(status)) {
				problems.add(endpoint.key() + " answered " + status);
			}
			if (!counts().equals(before)) {
				problems.add(endpoint.key() + " changed " + before + " to " + counts());
			}
		}
		assertThat(problems).as("forged posts").isEmpty();
	}

	private String counts() {
		List<Long> counts = new ArrayList<>();
		for (String table : COUNTED) {
			counts.add(jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts.toString();
	}

}

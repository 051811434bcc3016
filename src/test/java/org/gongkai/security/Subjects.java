package org.gongkai.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who knocks: nobody, the department-wide demo accounts, and for each unit role an account holding only that
 * role in a chosen unit (made on first use, named {@code mx-<role>-<unit>}, removed by {@link #removeAll()}).
 */
final class Subjects {

	/** The department-wide accounts of the demo data, acting for every unit. */
	static final List<String> DEPARTMENT_WIDE = List.of("admin", "office", "officehead");

	/** Unit roles by the name the matrix uses. */
	static final List<String[]> UNIT_ROLES = List.of(new String[] { "editor", "UNIT_EDITOR" },
			new String[] { "reviewer", "UNIT_REVIEWER" }, new String[] { "head", "UNIT_HEAD" },
			new String[] { "handler", "REQUEST_HANDLER" });

	private final JdbcTemplate jdbc;

	private final UserDetailsService staff;

	Subjects(JdbcTemplate jdbc, UserDetailsService staff) {
		this.jdbc = jdbc;
		this.staff = staff;
	}

	RequestPostProcessor account(String username) {
		return user(staff.loadUserByUsername(username));
	}

	/** An account holding only {@code role} (a Role name) in unit {@code unit}. */
	RequestPostProcessor member(String name, String role, long unit) {
		String username = "mx-" + name + "-" + unit;
		if (jdbc.queryForObject("select count(*) from staff_account where username = ?", Long.class, username) == 0) {
			jdbc.update("insert into staff_account (username, display_name, unit_id, roles, password_hash, created_at) "
					+ "values (?, ?, ?, ?, '{noop}unused', ?)", username, username, unit, role,
					java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
		}
		return account(username);
	}

	void removeAll() {
		jdbc.update("delete from staff_account where username like 'mx-%'");
	}

}

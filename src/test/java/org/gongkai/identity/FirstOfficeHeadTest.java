package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.calendar.CalendarSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Without demo data only the administrator and the first head of the disclosure office exist after the first
 * start: the administrator may not grant the roles that open personal data, so the system creates the one person
 * who may, or nobody could ever hold them. (Shares the calendar's context: a start without demo data.)
 */
@CalendarSpringTest
class FirstOfficeHeadTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aStartWithoutDemoDataCreatesTheFirstOfficeHeadBesideTheAdministrator() {
		assertThat(jdbc.queryForList("select username from staff_account where roles like '%DISCLOSURE%'", String.class))
			.containsExactly("officehead");
		assertThat(jdbc.queryForObject("select roles from staff_account where username = 'officehead'", String.class))
			.contains("DISCLOSURE_OFFICE_HEAD");
		assertThat(jdbc.queryForObject("select roles from staff_account where username = 'admin'", String.class))
			.isEqualTo("SYSTEM_ADMIN");
	}

}

package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/** Loading a year from a script: all rows or none, each bad row named by its index. Rolled back after each test. */
@CalendarSpringTest
@Transactional
class CalendarAdminApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	CalendarMaintenance maintenance;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	@WithMockUser(roles = "SYSTEM_ADMIN")
	void loadsNextYearAndTheCountUsesItAtOnce() throws Exception {
		assertThat(workingDays.nextYearMissingWarning(LocalDate.of(2026, 12, 5))).isTrue();
		int auditedBefore = calendarEntriesAudited();

		send("""
				[{"date":"2027-01-01","kind":"holiday","name":"元旦"},
				 {"date":"2027-01-02","kind":"holiday","name":"元旦"},
				 {"date":"2026-12-27","kind":"workday","name":"元旦"}]""").andExpect(status().isOk())
			.andExpect(content().json("""
					{"imported":3,"replaced":0}""", true));

		assertThat(workingDays.nextYearMissingWarning(LocalDate.of(2026, 12, 5))).isFalse();
		assertThat(workingDays.lastLoadedYear()).contains(2027);
		DueDate due = workingDays.dueDate(LocalDate.of(2026, 12, 20), 20);
		// Sunday 27 December is now worked and 1 January is off: the same count ends on the same day, now complete.
		assertThat(due.dueDate()).isEqualTo(LocalDate.of(2027, 1, 15));
		assertThat(due.skipped()).contains(new SkippedDay(LocalDate.of(2027, 1, 1), "元旦"))
			.doesNotContain(new SkippedDay(LocalDate.of(2026, 12, 27), SkippedDay.WEEKEND));
		assertThat(due.calendarComplete()).isTrue();
		entityManager.flush();
		assertThat(calendarEntriesAudited() - auditedBefore).isEqualTo(3);
	}

	/** Other test classes enter and delete days too (committed): count this test's own entries. */
	private int calendarEntriesAudited() {
		return jdbc.queryForObject("select count(*) from audit_entry where action like 'calendar.%'", Integer.class);
	}

	@Test
	@WithMockUser(roles = "DISCLOSURE_OFFICE")
	void rejectsTheWholeBodyListingEachBadRow() throws Exception {
		send("""
				[{"date":"2027-01-01","kind":"holiday","name":"元旦"},
				 {"date":"2027-01-04","kind":"workday","name":"元旦"},
				 {"date":"01/05/2027","kind":"holiday","name":"元旦"},
				 {"date":"2027-01-01","kind":"holiday","name":"元旦"}]""").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].index").value(1))
			.andExpect(jsonPath("$.errors[0].message").value("调休上班日应为周六或周日"))
			.andExpect(jsonPath("$.errors[1].index").value(2))
			.andExpect(jsonPath("$.errors[2].index").value(3))
			.andExpect(jsonPath("$.errors[2].message").value("日期与索引为 0 的元素重复"));

		assertThat(workingDays.lastLoadedYear()).contains(2026);
	}

	@Test
	@WithMockUser(roles = "UNIT_EDITOR")
	void otherStaffAreRefused() throws Exception {
		send("""
				[{"date":"2027-01-01","kind":"holiday","name":"元旦"}]""").andExpect(status().isForbidden());

		assertThat(workingDays.lastLoadedYear()).contains(2026);
	}

	@Test
	void anonymousCallersMustSignIn() throws Exception {
		send("[]").andExpect(status().isUnauthorized());
	}

	@Test
	void countsThroughABreakLongerThanTheRowsReadAtFirst() {
		LocalDate first = LocalDate.of(2031, 1, 2);
		List<DayRow> rows = first.datesUntil(LocalDate.of(2031, 5, 1))
			.map(day -> new DayRow(0, day.toString(), "holiday", "测试"))
			.toList();
		maintenance.importRows(rows, List.of());

		DueDate due = workingDays.dueDate(LocalDate.of(2031, 1, 1), 1);

		assertThat(due.dueDate()).isEqualTo(LocalDate.of(2031, 5, 1));
		assertThat(due.skipped()).hasSize(119).allSatisfy(day -> assertThat(day.reason()).isEqualTo("测试"));
	}

	@Test
	@WithMockUser(roles = "SYSTEM_ADMIN")
	void aDateBeyondAnySaneYearIsRefusedNamingItsFieldAndNothingIsLoaded() throws Exception {
		int before = jdbc.queryForObject("select count(*) from calendar_day", Integer.class);
		send("""
				[{"date":"2027-01-01","kind":"holiday","name":"元旦"},
				 {"date":"+999999999-12-31","kind":"holiday","name":"元旦"}]""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].index").value(1));
		assertThat(jdbc.queryForObject("select count(*) from calendar_day", Integer.class)).isEqualTo(before);
	}

	@Test
	void warnsFromTheFirstOfDecemberOnly() {
		assertThat(workingDays.nextYearMissingWarning(LocalDate.of(2026, 11, 30))).isFalse();
		assertThat(workingDays.nextYearMissingWarning(LocalDate.of(2026, 12, 1))).isTrue();
		assertThat(workingDays.nextYearMissingWarning(LocalDate.of(2025, 12, 31))).isFalse();
	}

	private ResultActions send(String json) throws Exception {
		return mvc.perform(post("/api/v1/admin/calendar/days").contentType(MediaType.APPLICATION_JSON).content(json));
	}

}

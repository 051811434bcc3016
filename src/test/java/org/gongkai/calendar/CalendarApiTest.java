package org.gongkai.calendar;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The public calendar API, without signing in: exact JSON, and 400 problem details naming the bad parameter. */
@CalendarSpringTest
class CalendarApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void dueDateCountsFromTheNextDayAndSkipsTheHolidays() throws Exception {
		dueDate("2016-09-30", "1").andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(content().json("""
					{"from":"2016-09-30","workingDays":1,"dueDate":"2016-10-08","calendarComplete":true,"provisional":false,
					 "skipped":[{"date":"2016-10-01","reason":"国庆节"},{"date":"2016-10-02","reason":"国庆节"},
					 {"date":"2016-10-03","reason":"国庆节"},{"date":"2016-10-04","reason":"国庆节"},
					 {"date":"2016-10-05","reason":"国庆节"},{"date":"2016-10-06","reason":"国庆节"},
					 {"date":"2016-10-07","reason":"国庆节"}],
					 "makeUpWorkdays":[{"date":"2016-10-08","workingDay":true,"name":"国庆节","provisional":false}]}""", true));
	}

	@Test
	void dueDateSaysWhenTheCountRanIntoAYearNotLoaded() throws Exception {
		dueDate("2026-12-20", "20").andExpect(status().isOk())
			.andExpect(jsonPath("$.dueDate").value("2027-01-18"))
			.andExpect(jsonPath("$.calendarComplete").value(false))
			.andExpect(jsonPath("$.provisional").value(true))
			.andExpect(jsonPath("$.skipped[0].date").value("2026-12-26"))
			.andExpect(jsonPath("$.skipped[0].reason").value("weekend"))
			.andExpect(jsonPath("$.skipped[?(@.date == '2027-01-01')].reason").value("元旦"));
	}

	@Test
	void aPeriodFromTheLastMondayOf2026EndsAfterNewYearsDayAndIsProvisional() throws Exception {
		dueDate("2026-12-28", "20").andExpect(status().isOk())
			.andExpect(jsonPath("$.dueDate").value("2027-01-26"))
			.andExpect(jsonPath("$.provisional").value(true));
		dueDate("2026-11-02", "20").andExpect(jsonPath("$.dueDate").value("2026-11-30"))
			.andExpect(jsonPath("$.provisional").value(false));
	}

	@Test
	void aDayOfAYearNotLoadedIsProvisionalAndNamedWhenTheLawFixesIt() throws Exception {
		workingDay("2027-01-01").andExpect(content().json("""
				{"date":"2027-01-01","workingDay":false,"name":"元旦","provisional":true}""", true));
		workingDay("2027-02-05").andExpect(content().json("""
				{"date":"2027-02-05","workingDay":false,"name":"春节","provisional":true}""", true));
		workingDay("2027-02-09").andExpect(content().json("""
				{"date":"2027-02-09","workingDay":true,"provisional":true}""", false))
			.andExpect(jsonPath("$.name").doesNotExist());
		workingDay("2026-12-31").andExpect(content().json("""
				{"date":"2026-12-31","workingDay":true,"provisional":false}""", false));
	}

	@Test
	void badParametersAreProblemDetailsNamingTheParameter() throws Exception {
		expectBadParameter(dueDate("2016-09-30", "-1"), "workingDays");
		expectBadParameter(dueDate("2016-09-30", "1001"), "workingDays");
		expectBadParameter(dueDate("2016-13-45", "1"), "from");
		expectBadParameter(dueDate("2016-09-30", "many"), "workingDays");
		expectBadParameter(mvc.perform(get("/api/v1/calendar/due-date").param("workingDays", "1")), "from");
		expectBadParameter(mvc.perform(get("/api/v1/calendar/working-day").param("date", "tomorrow")), "date");
	}

	@Test
	void workingDayNamesHolidaysAndMakeUpDaysButNotWeekends() throws Exception {
		workingDay("2024-10-01").andExpect(content().json("""
				{"date":"2024-10-01","workingDay":false,"name":"国庆节","provisional":false}""", true));
		workingDay("2024-02-04").andExpect(content().json("""
				{"date":"2024-02-04","workingDay":true,"name":"春节","provisional":false}""", true));
		workingDay("2024-03-02").andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.name").doesNotExist());
		workingDay("2024-03-04").andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.name").doesNotExist());
	}

	private ResultActions dueDate(String from, String workingDays) throws Exception {
		return mvc.perform(get("/api/v1/calendar/due-date").param("from", from).param("workingDays", workingDays));
	}

	private ResultActions workingDay(String date) throws Exception {
		return mvc.perform(get("/api/v1/calendar/working-day").param("date", date)).andExpect(status().isOk());
	}

	private static void expectBadParameter(ResultActions result, String parameter) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].parameter", hasItem(parameter)));
	}

}

package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import org.gongkai.common.Notice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console page for the disclosure office. Each test runs in a transaction rolled back afterwards, so the
 * rows it enters for 2031 never reach the other tests.
 */
@CalendarSpringTest
@Transactional
@WithMockUser(roles = "DISCLOSURE_OFFICE")
class CalendarConsoleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CalendarMaintenance maintenance;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void showsTheLoadedYearsTheChosenYearAndTheMissingNextYearWarning() throws Exception {
		Document page = page("/admin/calendar?year=2024");

		assertThat(page.select("h1").text()).isEqualTo("工作日历");
		assertThat(page.select(".notice.warning").text()).startsWith("2027年节假日安排尚未录入");
		assertThat(page.select("table").first().select("tbody tr")).hasSize(11);
		assertThat(page.select("select#year option[selected]").text()).isEqualTo("2024年");
		assertThat(page.select("tr:contains(2024-02-04)").text()).contains("星期日", "调休上班", "春节调休上班");
		assertThat(page.select("tr:contains(2024-10-01)").text()).contains("星期二", "放假", "国庆节");
		assertThat(page.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
		assertThat(page.select("[style], script")).isEmpty();
		assertThat(page.select("input:not([type=hidden]), select"))
			.allSatisfy(input -> assertThat(page.select("label[for=" + input.id() + "]")).hasSize(1));
	}

	@Test
	void speaksEnglishWithEveryMessageFound() throws Exception {
		Document page = page("/admin/calendar?year=2024&lang=en");

		assertThat(page.select("h1").text()).isEqualTo("Working-day calendar");
		assertThat(page.select(".notice.warning").text()).startsWith("The holiday arrangements for 2027");
		assertThat(page.select("tr:contains(2024-02-04)").text()).contains("Sunday",
				"Spring Festival (make-up working day)");
		assertThat(page.select("tr:contains(2024-10-01)").text()).contains("National Day");
		assertThat(page.html()).doesNotContain("??");
	}

	@Test
	void addsADayAndAuditsIt() throws Exception {
		mvc.perform(post("/admin/calendar/days").param("date", "2031-01-01")
			.param("kind", "HOLIDAY")
			.param("name", "元旦")
			.with(csrf()))
			.andExpect(redirectedUrl("/admin/calendar?year=2031"))
			.andExpect(flash().attribute("flash", Notice.of("calendar.added", "2031-01-01")));

		assertThat(maintenance.year(2031)).containsExactly(new CalendarEntry(LocalDate.of(2031, 1, 1), DayKind.HOLIDAY, "元旦"));
		entityManager.flush();
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action like 'calendar.%' and object_id = '2031-01-01'",
				Integer.class)).isEqualTo(1);
		assertThat(page("/admin/calendar?year=2031").select("tr:contains(2031-01-01)").text()).contains("元旦");
	}

	@Test
	void showsErrorsNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
		Document invalid = submit("2031-02-30", "HOLIDAY", "  ");
		assertThat(invalid.select("#date").val()).isEqualTo("2031-02-30");
		assertThat(invalid.select("#date-error").text()).contains("有效的日期");
		assertThat(invalid.select("#name-error").text()).isEqualTo("请填写节日名称。");
		assertThat(invalid.html()).doesNotContain("??");

		Document loaded = submit("2024-10-01", "HOLIDAY", "国庆节");
		assertThat(loaded.select("#date-error").text()).contains("2024-10-01 已有记录");
		assertThat(loaded.select("#name").val()).isEqualTo("国庆节");

		Document weekday = submit("2031-02-03", "WORKDAY", "春节");
		assertThat(weekday.select("#kind-error").text()).isEqualTo("调休上班日应为周六或周日");
		assertThat(weekday.select("#kind option[selected]").val()).isEqualTo("WORKDAY");
		assertThat(maintenance.year(2031)).isEmpty();
	}

	@Test
	void importsAFileAllOrNothing() throws Exception {
		String bad = "date,kind,name\n2031-01-01,holiday,元旦\n2031-01-02,holiday,\n2031-13-01,holiday,春节\n";
		Document rejected = Jsoup.parse(mvc.perform(multipart("/admin/calendar/import").file(csv(bad)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(rejected.select(".notice.error li")).extracting(li -> li.text())
			.containsExactly("第 3 行： 节日名称为空", "第 4 行： 日期“2031-13-01”无效，应为 年-月-日，如 2027-01-01");
		assertThat(rejected.html()).doesNotContain("??");
		assertThat(maintenance.year(2031)).isEmpty();

		String good = "date,kind,name\n2031-01-01,holiday,元旦\n2024-10-01,holiday,国庆\n";
		Document preview = Jsoup.parse(mvc.perform(multipart("/admin/calendar/import").file(csv(good)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(maintenance.year(2031)).as("shown, not imported yet").isEmpty();
		mvc.perform(post("/admin/calendar/import/confirm").param("csv", preview.select("input[name=csv]").val())
			.with(csrf()))
			.andExpect(redirectedUrl("/admin/calendar"))
			.andExpect(flash().attribute("flash", Notice.of("calendar.imported", 2, 1)));
		assertThat(maintenance.year(2031)).hasSize(1);
		assertThat(maintenance.year(2024)).contains(new CalendarEntry(LocalDate.of(2024, 10, 1), DayKind.HOLIDAY, "国庆"));
	}

	@Test
	void deletesADay() throws Exception {
		int deletedBefore = daysDeletedAudited();
		mvc.perform(post("/admin/calendar/days/2024-10-07/delete").with(csrf()))
			.andExpect(redirectedUrl("/admin/calendar?year=2024"));

		assertThat(maintenance.year(2024)).extracting(CalendarEntry::date).doesNotContain(LocalDate.of(2024, 10, 7));
		entityManager.flush();
		assertThat(daysDeletedAudited() - deletedBefore).isEqualTo(1);
	}

	/** Other test classes delete days too (committed): count this test's own entry. */
	private int daysDeletedAudited() {
		return jdbc.queryForObject("select count(*) from audit_entry where action = 'calendar.day.deleted'",
				Integer.class);
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/admin/calendar/days").param("date", "2031-01-01").param("kind", "HOLIDAY").param("name", "元旦"))
			.andExpect(status().isForbidden());
		assertThat(maintenance.year(2031)).isEmpty();
	}

	@Test
	@WithMockUser(roles = "UNIT_EDITOR")
	void otherStaffMayNotSeeOrChangeTheCalendar() throws Exception {
		mvc.perform(get("/admin/calendar")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/days").param("date", "2031-01-01")
			.param("kind", "HOLIDAY")
			.param("name", "元旦")
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(maintenance.year(2031)).isEmpty();
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private Document submit(String date, String kind, String name) throws Exception {
		return Jsoup.parse(mvc.perform(post("/admin/calendar/days").param("date", date)
			.param("kind", kind)
			.param("name", name)
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static MockMultipartFile csv(String content) {
		return new MockMultipartFile("file", "holidays.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

}

package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.gongkai.common.Notice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loading the 2027 notice: the office first sees how many open deadlines it would move (counted by every
 * {@link DeadlineImpact}, here {@link TestDeadlines}), then confirms; every change tells the modules which days
 * changed. Rolled back after each test.
 */
@CalendarSpringTest
@Transactional
@RecordApplicationEvents
@WithMockUser(roles = "DISCLOSURE_OFFICE")
class CalendarImportPreviewTest {

	/** 元旦 as computed; the Spring Festival 除夕 to 11 February, one week, with Saturday 20 February worked. */
	static final String NOTICE_2027 = """
			date,kind,name
			2027-01-01,holiday,元旦
			2027-02-05,holiday,春节
			2027-02-06,holiday,春节
			2027-02-07,holiday,春节
			2027-02-08,holiday,春节
			2027-02-09,holiday,春节
			2027-02-10,holiday,春节
			2027-02-11,holiday,春节
			2027-02-20,workday,春节
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	CalendarMaintenance maintenance;

	@Autowired
	ApplicationEvents events;

	@Test
	void theUploadShowsHowManyDeadlinesWouldMoveAndImportsOnlyOnConfirmation() throws Exception {
		Document preview = Jsoup.parse(mvc.perform(multipart("/admin/calendar/import").file(csv(NOTICE_2027)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(preview.select("h1").text()).isEqualTo("确认导入");
		// Only the period from 25 January crosses the new bridge days (9-11 February) and the worked Saturday.
		assertThat(preview.select(".notice li").eachText()).as("one line per DeadlineImpact; the test's own:")
			.filteredOn(line -> line.startsWith(TestDeadlines.LABEL))
			.containsExactly(TestDeadlines.LABEL + "：1 项的到期日将改变");
		assertThat(preview.select(".notice").text()).contains("自 2027-02-09 起");
		assertThat(preview.select("tbody tr")).hasSize(9);
		assertThat(preview.html()).doesNotContain("??");
		assertThat(workingDays.lastLoadedYear()).as("nothing imported yet").contains(2026);
		assertThat(events.stream(CalendarChanged.class)).isEmpty();

		String carried = preview.select("input[name=csv]").val();
		mvc.perform(post("/admin/calendar/import/confirm").param("csv", carried).with(csrf()))
			.andExpect(redirectedUrl("/admin/calendar"))
			.andExpect(flash().attribute("flash", Notice.of("calendar.imported", 9, 0)));

		assertThat(workingDays.lastLoadedYear()).contains(2027);
		assertThat(workingDays.dueDate(LocalDate.of(2027, 1, 25), 20).dueDate()).isEqualTo(LocalDate.of(2027, 2, 26));
		// 2027 became a loaded year: every day of it may have changed, not only the rows' days.
		assertThat(events.stream(CalendarChanged.class))
			.containsExactly(new CalendarChanged(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
	}

	@Test
	void aFileThatChangesNoWorkingDayMovesNothing() throws Exception {
		Document preview = Jsoup.parse(mvc.perform(multipart("/admin/calendar/import")
			.file(csv("date,kind,name\n2024-10-01,holiday,国庆\n"))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(preview.select(".notice.ok").text()).contains("不会改变任何办理期限");
		assertThat(preview.select(".notice li").eachText()).as("one line per DeadlineImpact; the test's own:")
			.filteredOn(line -> line.startsWith(TestDeadlines.LABEL))
			.containsExactly(TestDeadlines.LABEL + "：0 项的到期日将改变");
	}

	@Test
	void theApiAnswersTheCountsOnADryRunAndWritesNothing() throws Exception {
		mvc.perform(post("/api/v1/admin/calendar/days").param("dryRun", "true")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					[{"date":"2027-01-01","kind":"holiday","name":"元旦"},
					 {"date":"2027-02-09","kind":"holiday","name":"春节"}]""")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.replaced").value(0))
			// Without a row for 除夕 (Friday 5 February), the notice would make it a working day.
			.andExpect(jsonPath("$.firstChangedDay").value("2027-02-05"))
			.andExpect(jsonPath("$.impacts[?(@.labelKey == '%s')].moved".formatted(TestDeadlines.LABEL)).value(1));

		assertThat(workingDays.lastLoadedYear()).contains(2026);
		assertThat(events.stream(CalendarChanged.class)).isEmpty();
	}

	@Test
	void addingAndDeletingADayOfALoadedYearNameThatDay() {
		maintenance.add(new CalendarEntry(LocalDate.of(2026, 12, 31), DayKind.HOLIDAY, "测试"));
		maintenance.delete(LocalDate.of(2026, 12, 31));

		assertThat(events.stream(CalendarChanged.class)).containsExactly(
				new CalendarChanged(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31)),
				new CalendarChanged(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31)));
	}

	private static MockMultipartFile csv(String content) {
		return new MockMultipartFile("file", "holidays.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

}

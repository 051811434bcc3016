package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestClockConfig;

/**
 * A year whose annual report is published keeps its figures: an application registered later with a receipt date in
 * that year is listed as a correction to it, not silently added. Uses 2013, a year no other test counts (the
 * database is shared).
 */
@GongkaiTest
class PublishedYearTest {

	static final int YEAR = 2013;

	static final ZoneId CHANGSHA = ZoneId.of("Asia/Shanghai");

	@Autowired
	RequestStatistics statistics;

	@Autowired
	Applications applications;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void reset() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
	}

	@Test
	void aBackDatedRegistrationAfterThePublicationIsACorrectionNotAChangeOfThePublishedFigures() throws Exception {
		SignedIn.as(staff, "office");
		on(2013, 3, 4);
		applications.register(CurrentStaff.require(), StatisticsScenario.person("2012年度就业资金使用情况"),
				Channel.IN_PERSON, LocalDate.of(2013, 3, 4));
		on(2014, 1, 20);
		TableB.Counts before = statistics.annual(CurrentStaff.require(), YEAR).tableB().received();
		statistics.publish(CurrentStaff.require(), YEAR);

		on(2014, 3, 10);
		Receipt late = applications.register(CurrentStaff.require(),
				StatisticsScenario.person("2013年度职业培训补贴发放名单"), Channel.POST, LocalDate.of(2013, 12, 27));

		AnnualStatistics after = statistics.annual(CurrentStaff.require(), YEAR);
		assertThat(after.tableB().received()).isEqualTo(before);
		assertThat(after.published()).isNotNull();
		assertThat(after.published().by()).isEqualTo("office");
		assertThat(after.corrections()).singleElement().satisfies(correction -> {
			assertThat(correction.trackingNumber()).isEqualTo(late.trackingNumber());
			assertThat(correction.receivedOn()).isEqualTo(LocalDate.of(2013, 12, 27));
			assertThat(correction.applicantKind()).isEqualTo(ApplicantKind.NATURAL_PERSON);
		});
		assertThatThrownBy(() -> statistics.publish(CurrentStaff.require(), YEAR)).isInstanceOf(RuleViolation.class)
			.extracting("field")
			.isEqualTo("year");
		SignedIn.signOut();

		var office = Sessions.demo(mvc, "office");
		mvc.perform(get("/admin/requests/statistics").param("year", String.valueOf(YEAR)).with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"stats-published\"")))
			.andExpect(content().string(containsString(late.trackingNumber())))
			.andExpect(content().string(containsString("2013 年度报告发布后登记的该年度申请（更正 1 件）")));
		String csv = mvc.perform(get("/admin/requests/statistics.csv").param("year", String.valueOf(YEAR)).with(office))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("2013 年度报告发布后登记的该年度申请（更正 1 件）")
			.contains(late.trackingNumber() + ",2013-12-27,2014-03-10T10:00,自然人");
	}

	@Test
	void onlyTheOfficeMarksAYearPublishedAndOnlyAYearThatIsOver() throws Exception {
		SignedIn.as(staff, "office");
		int running = LocalDate.now(clock).getYear();
		assertThatThrownBy(() -> statistics.publish(CurrentStaff.require(), running))
			.isInstanceOf(RuleViolation.class)
			.extracting("field")
			.isEqualTo("year");
		SignedIn.signOut();
		mvc.perform(post("/admin/requests/statistics/published").param("year", "2012")
			.with(Sessions.demo(mvc, "handler"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/admin/requests/statistics").param("year", String.valueOf(running - 1))
			.with(Sessions.demo(mvc, "office"))).andExpect(content().string(containsString("id=\"stats-publish\"")));
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(CHANGSHA).toInstant());
	}

}

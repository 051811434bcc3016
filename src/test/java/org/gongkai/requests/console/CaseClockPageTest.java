package org.gongkai.requests.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.UnitManagement;
import org.gongkai.requests.Applications;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.CaseView;
import org.gongkai.requests.StopKind;
import org.gongkai.requests.TimelineType;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;

/**
 * What the case page's clock says to the handler in the states where a bare count would mislead, and steps recorded
 * for the day they happened.
 */
@GongkaiTest
class CaseClockPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	Cases cases;

	RequestPostProcessor handler;

	@BeforeEach
	void setUp() throws Exception {
		cases = new Cases(applications, handling, units, staff, clock);
		handler = Sessions.demo(mvc, "handler");
	}

	@AfterEach
	void reset() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
	}

	@Test
	void whileACorrectionIsAwaitedThePageSaysThePeriodRestartsInFullNotHowManyDaysAreLeft() throws Exception {
		Cases.Case c = cases.applied(LocalDate.of(2026, 11, 2), "法规处", "2026年技工院校招生计划");
		cases.on(LocalDate.of(2026, 11, 6));
		SignedIn.as(staff, "handler");
		handling.requestCorrection(CurrentStaff.require(), c.id(), "请写明院校名称", LocalDate.of(2026, 11, 20));
		SignedIn.signOut();
		page(c).andExpect(content().string(containsString("id=\"clock-correction\"")))
			.andExpect(content().string(containsString("待补正（期限 2026-11-20）")))
			.andExpect(content().string(containsString("20 个工作日的答复期限重新完整计算（《条例》第三十条）")))
			.andExpect(content().string(not(containsString("恢复计算后尚余"))));
		mvc.perform(get("/api/v1/admin/requests/" + c.id()).with(httpBasic("handler", TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clock.restartsOnCorrection").value(true));
	}

	@Test
	void aRunningClockDoesNotSayItRestarts() throws Exception {
		Cases.Case c = cases.applied(LocalDate.of(2026, 11, 2), "法规处", "2026年技工院校名单");
		cases.on(LocalDate.of(2026, 11, 6));
		mvc.perform(get("/api/v1/admin/requests/" + c.id()).with(httpBasic("handler", TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clock.restartsOnCorrection").value(false));
		page(c).andExpect(content().string(not(containsString("id=\"clock-correction\""))));
	}

	@Test
	void theCaseFormsOfferTheDayAStepHappened() throws Exception {
		Cases.Case c = cases.applied(LocalDate.of(2026, 11, 2), "法规处", "2026年职业培训补贴标准");
		cases.on(LocalDate.of(2026, 11, 6));
		page(c).andExpect(content().string(containsString("id=\"correction-on\"")))
			.andExpect(content().string(containsString("id=\"consultation-on\"")))
			.andExpect(content().string(containsString("id=\"extension-on\"")))
			.andExpect(content().string(containsString("max=\"2026-11-06\"")))
			.andExpect(content().string(containsString("发生日期")));
	}

	@Test
	void aStepCannotBeRecordedForTheFutureNorBeforeTheReceiptNorBeforeThePreviousStep() throws Exception {
		Cases.Case c = cases.applied(LocalDate.of(2026, 11, 2), "法规处", "2026年职业培训机构名单");
		cases.on(LocalDate.of(2026, 11, 13));
		String consult = "{\"kind\": \"THIRD_PARTY\", \"party\": \"某培训机构\", \"on\": \"%s\"}";
		api(c, "/consultations", consult.formatted("2026-11-14")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("on"))
			.andExpect(content().string(containsString("不能是将来的日期")));
		api(c, "/consultations", consult.formatted("2026-11-01")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("on"))
			.andExpect(content().string(containsString("不能早于上一环节")));
		api(c, "/consultations", consult.formatted("2026-11-09")).andExpect(status().isOk());
		String extension = "{\"days\": 10, \"reason\": \"需要协调\", \"on\": \"%s\"}";
		api(c, "/extension", extension.formatted("2026-11-05")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("on"));
		assertThat(view(c).stops()).singleElement()
			.satisfies(stop -> assertThat(stop.stoppedOn()).isEqualTo(LocalDate.of(2026, 11, 9)));
	}

	@Test
	void aPaperCorrectionNoticeSentWithinSevenWorkingDaysIsRecordedLaterForItsOwnDay() throws Exception {
		// Received Monday 2 November 2026: the 7th working day after it is 11 November.
		Cases.Case c = cases.applied(LocalDate.of(2026, 11, 2), "法规处", "2026年职业技能等级认定机构名单");
		cases.on(LocalDate.of(2026, 11, 13));
		String body = "{\"whatToCorrect\": \"请写明所需名单的年份\", \"correctBy\": \"2026-11-27\", \"on\": \"%s\"}";
		api(c, "/correction", body.formatted("2026-11-16")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("on"));
		api(c, "/correction", body.formatted("2026-10-30")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("on"));
		api(c, "/correction", body.formatted("2026-11-12")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("第三十条")));
		api(c, "/correction", "{\"whatToCorrect\": \"请写明所需名单的年份\", \"on\": \"2026-11-10\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_CORRECTION"));

		CaseView view = view(c);
		assertThat(view.stops()).singleElement().satisfies(stop -> {
			assertThat(stop.kind()).isEqualTo(StopKind.CORRECTION);
			assertThat(stop.stoppedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
			// 15 working days counted from the day the notice was sent, not from the day it was entered
			assertThat(stop.answerDue()).isEqualTo(LocalDate.of(2026, 12, 1));
		});
		assertThat(view.timeline()).filteredOn(t -> t.type() == TimelineType.CORRECTION_REQUESTED)
			.singleElement()
			.satisfies(t -> {
				assertThat(t.day()).isEqualTo(LocalDate.of(2026, 11, 10));
				assertThat(t.actor()).isEqualTo("handler");
				assertThat(t.recordedAt()).isAfter(LocalDate.of(2026, 11, 12).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
			});
	}

	private ResultActions api(Cases.Case c, String path, String json) throws Exception {
		return mvc.perform(post("/api/v1/admin/requests/" + c.id() + path).with(httpBasic("handler", TestAccounts.DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private CaseView view(Cases.Case c) {
		SignedIn.as(staff, "office");
		try {
			return handling.view(CurrentStaff.require(), c.id());
		}
		finally {
			SignedIn.signOut();
		}
	}

	private ResultActions page(Cases.Case c) throws Exception {
		return mvc.perform(get("/admin/requests/{id}", c.id()).with(handler)).andExpect(status().isOk());
	}

}

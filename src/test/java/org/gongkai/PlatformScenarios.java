package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.gongkai.mail.OutgoingMail;
import org.gongkai.support.MutableClock;
import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Journeys through the whole application, run unchanged on H2 ({@link H2PlatformIT}) and on a real
 * PostgreSQL ({@link PostgresPlatformIT}): migrations, units and staff with unit scoping, login lockout, API
 * tokens, the audit chain, the calendar API, the mail outbox, and issue 16's reply delivered online, stored clock,
 * back-dated steps and published years ({@link RequestClockAndReplyScenarios}).
 */
abstract class PlatformScenarios {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfig.START);
	}

	@Test
	void migrationsLoadTheDepartmentsUnitsAndTheHolidayCalendar() {
		assertThat(jdbc.queryForList("select name from unit", String.class)).contains("湖南省人力资源和社会保障厅", "办公室",
				"法规处", "就业处", "专技处", "职建处", "事管处", "公务员局", "鉴定中心", "劳动关系处", "劳动监察处", "调解仲裁管理处", "财务处", "宣传中心",
				"信访维稳办", "信息中心", "统计信息中心", "养老保险处", "社会保险管理服务局");
		assertThat(jdbc.queryForObject("select count(*) from calendar_day", Integer.class)).isGreaterThan(300);
	}

	@Test
	void administratorSignsInWithTheConfiguredPasswordAndSeesTheDashboard() throws Exception {
		mvc.perform(post("/admin/login").param("username", "admin")
			.param("password", TestAccounts.ADMIN_PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/admin"));
		mvc.perform(post("/admin/login").param("username", "admin").param("password", "wrong-password-x").with(csrf()))
			.andExpect(redirectedUrl("/admin/login?error"));
	}

	@Test
	void fiveFailedLoginsLockTheAddressOutOfTheAccountForFifteenMinutes() throws Exception {
		String username = "lock-" + shortId();
		createUser(username, "employment", "UNIT_EDITOR").andExpect(status().isCreated());
		for (int i = 0; i < 5; i++) {
			login(username, "not-the-password").andExpect(redirectedUrl("/admin/login?error"));
		}
		login(username, "s3cret-pass-" + username).andExpect(redirectedUrl("/admin/login?error"));
		clock.advance(Duration.ofMinutes(14));
		login(username, "s3cret-pass-" + username).andExpect(redirectedUrl("/admin/login?error"));
		clock.advance(Duration.ofMinutes(2));
		login(username, "s3cret-pass-" + username).andExpect(redirectedUrl("/admin"));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'login.attack' and object_id = ?",
				Integer.class, username)).isEqualTo(1);
	}

	@Test
	void administratorCreatesAUnitThroughTheApiAndTheAuditLogRecordsIt() throws Exception {
		String code = "u" + shortId();
		mvc.perform(post("/api/v1/admin/units").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + code + "\",\"name\":\"测试处" + code + "\",\"kind\":\"DIVISION\",\"sortOrder\":900}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("测试处" + code));
		mvc.perform(get("/api/v1/admin/audit").param("action", "unit.created").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].actor").value("admin"))
			.andExpect(jsonPath("$.items[0].actorUnit").value("湖南省人力资源和社会保障厅"))
			.andExpect(jsonPath("$.items[0].summary").value("created unit 测试处" + code));
	}

	@Test
	void aDuplicateUnitNameIsRefusedWithAProblemNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/admin/units").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"dup" + shortId() + "\",\"name\":\"就业处\",\"kind\":\"DIVISION\",\"sortOrder\":1}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void aUnitHeadManagesOnlyTheirOwnUnitsStaff() throws Exception {
		String own = "fin-" + shortId();
		mvc.perform(post("/api/v1/admin/users").with(httpBasic("head", TestAccounts.DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(userJson(own, unitId("finance"), "UNIT_EDITOR")))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/admin/users").with(httpBasic("head", TestAccounts.DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(userJson("emp-" + shortId(), unitId("employment"), "UNIT_EDITOR")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/admin/users").with(httpBasic("head", TestAccounts.DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(userJson("off-" + shortId(), unitId("finance"), "DISCLOSURE_OFFICE")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/admin/units").with(httpBasic("head", TestAccounts.DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"x" + shortId() + "\",\"name\":\"越权处\",\"kind\":\"DIVISION\",\"sortOrder\":1}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAuditChainReportsTheFirstRowAlteredDirectlyInTheDatabase() throws Exception {
		mvc.perform(post("/api/v1/admin/audit/verify").with(admin())).andExpect(jsonPath("$.firstBrokenId").isEmpty());
		long id = jdbc.queryForObject("select min(id) from audit_entry where action = 'staff.created'", Long.class);
		String summary = jdbc.queryForObject("select summary from audit_entry where id = ?", String.class, id);
		jdbc.update("update audit_entry set summary = ? where id = ?", "nothing happened here", id);
		try {
			mvc.perform(post("/api/v1/admin/audit/verify").with(admin()))
				.andExpect(jsonPath("$.firstBrokenId").value(id))
				.andExpect(jsonPath("$.problem").value("hash"));
		}
		finally {
			jdbc.update("update audit_entry set summary = ? where id = ?", summary, id);
		}
		mvc.perform(post("/api/v1/admin/audit/verify").with(admin())).andExpect(jsonPath("$.firstBrokenId").isEmpty());
	}

	@Test
	void aUnitWithStaffCannotBeDeletedButCanBeDeactivated() throws Exception {
		long finance = unitId("finance");
		mvc.perform(post("/admin/units/{id}/delete", finance).with(adminSession()).with(csrf()))
			.andExpect(redirectedUrl("/admin/units"));
		assertThat(jdbc.queryForObject("select count(*) from unit where id = ?", Integer.class, finance)).isEqualTo(1);
	}

	@Test
	void theStaffApiRefusesAnonymousCallsWithProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/admin/units"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().exists("WWW-Authenticate"));
	}

	@Test
	void theCalendarApiCountsWorkingDaysAcrossHolidaysAndMakeUpDays() throws Exception {
		mvc.perform(get("/api/v1/calendar/due-date").param("from", "2016-09-30").param("workingDays", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueDate").value("2016-10-08"))
			.andExpect(jsonPath("$.calendarComplete").value(true));
		mvc.perform(get("/api/v1/calendar/due-date").param("from", "2016-09-30").param("workingDays", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aDocumentIsPublishedSearchedRepealedAndWithdrawnThroughTheApis() throws Exception {
		String word = "pelican" + shortId().replaceAll("[^a-z]", "x");
		long category = jdbc.queryForObject("select id from catalogue_category where code = 'employment'", Long.class);
		String metadata = "{\"title\":\"关于" + word + "就业见习补贴的通知\",\"summary\":\"见习补贴\","
				+ "\"documentNumber\":\"湘人社函〔2026〕" + (100 + Math.abs(word.hashCode() % 800)) + "号\","
				+ "\"issuingBody\":\"湖南省人力资源和社会保障厅\",\"unitId\":" + unitId("employment")
				+ ",\"categoryId\":" + category + ",\"keywords\":\"见习\",\"documentType\":\"通知公告\","
				+ "\"formedOn\":\"2026-11-20\",\"disclosure\":\"PROACTIVE\",\"body\":\"<p>" + word
				+ " 见习补贴按月发放。</p><script>alert(1)</script>\"}";
		String created = mvc.perform(post("/api/v1/admin/documents").with(httpBasic("editor", TestAccounts.DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(metadata)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll("\\D+", ""));
		var editor = httpBasic("editor", TestAccounts.DEMO_PASSWORD);
		var office = httpBasic("office", TestAccounts.DEMO_PASSWORD);
		mvc.perform(post("/api/v1/admin/documents/{id}/publish", id).with(editor)).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/admin/documents/{id}/submit", id).with(editor)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/admin/documents/{id}/review", id).with(office)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"conclusion\":\"DISCLOSABLE\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/admin/documents/{id}/publish", id).with(editor)).andExpect(status().isOk());

		mvc.perform(get("/api/v1/documents/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indexNumber").value(org.hamcrest.Matchers.matchesPattern("000014349/2026-\\d{5}")))
			.andExpect(jsonPath("$.body").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("script"))));
		mvc.perform(get("/api/v1/search").param("q", word))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(id));

		String successor = jdbc.queryForObject("select index_number from catalogue_document where status = 'PUBLISHED' "
				+ "and index_number is not null and id <> ? order by id limit 1", String.class, id);
		mvc.perform(post("/api/v1/admin/documents/{id}/validity", id).with(editor)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"validity\":\"REPEALED\",\"since\":\"2026-11-27\",\"successorIndexNumber\":\"" + successor + "\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/documents/{id}", id)).andExpect(jsonPath("$.validity").value("REPEALED"));

		mvc.perform(post("/api/v1/admin/documents/{id}/withdraw", id).with(editor)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"已由新文件替代\"}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/documents/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/search").param("q", word))
			.andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) id))));
		assertThat(jdbc.queryForList("select action from audit_entry where object_type = 'Document' and object_id = ?",
				String.class, String.valueOf(id))).contains("document.created", "document.submitted",
						"document.reviewed", "document.published", "document.validity", "document.withdrawn");
	}

	@Test
	void theDemoCatalogueHoldsTheSeedNoticeAndTheCorpus() throws Exception {
		mvc.perform(get("/api/v1/documents").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(77)));
		assertThat(jdbc.queryForObject("select count(*) from catalogue_document where document_number = '湘人社办发〔2016〕16号'",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void aMailPublishedInATransactionIsKeptWithoutAServerAndListedMasked() throws Exception {
		String reference = "YSQ-" + shortId();
		new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(new OutgoingMail(
				"zhangsan@example.com", "申请已受理 " + reference, "张三：您的申请已受理。", "request.received", reference)));
		assertThat(jdbc.queryForObject("select status from outgoing_mail where reference = ?", String.class, reference))
			.isEqualTo("NOT_CONFIGURED");
		mvc.perform(get("/admin/mail").param("status", "NOT_CONFIGURED").with(adminSession()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(reference)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("zh***@example.com")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("zhangsan@"))));
	}

	ResultActions login(String username, String password) throws Exception {
		return mvc.perform(post("/admin/login").param("username", username).param("password", password).with(csrf()));
	}

	ResultActions createUser(String username, String unitCode, String role) throws Exception {
		return mvc.perform(post("/api/v1/admin/users").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(userJson(username, unitId(unitCode), role)));
	}

	@Test
	void aDisclosureApplicationIsCorrectedConsultedExtendedAndPartlyDisclosedOnTheStatutoryClock() throws Exception {
		new RequestJourney(mvc, clock, jdbc).run();
	}

	@Test
	void aNormativeDocumentGetsItsInterpretationInTimeAndTheyLinkBothWays() throws Exception {
		new InterpretationJourney(mvc, clock, jdbc).run();
	}

	@Test
	void aCommentOnArticleThreeIsModeratedShownAndAnsweredInThePublishedFeedback() throws Exception {
		new ConsultationJourney(mvc, clock, jdbc).run(this::resetClock);
	}

	@Test
	void aReplyWithTwoFilesIsReadAndDownloadedOnTrackAndThroughTheMailedLink() throws Exception {
		new RequestClockAndReplyScenarios(mvc, clock, jdbc).replyWithFilesDeliveredOnline();
	}

	@Test
	void theStoredClockOfAnOpenApplicationFollowsACalendarChange() throws Exception {
		new RequestClockAndReplyScenarios(mvc, clock, jdbc).storedClockFollowsACalendarChange();
	}

	@Test
	void aStepIsRecordedForTheEarlierDayItHappened() throws Exception {
		new RequestClockAndReplyScenarios(mvc, clock, jdbc).aStepRecordedForAnEarlierDay();
	}

	@Test
	void aPublishedYearKeepsItsTableBAgainstABackDatedRegistration() throws Exception {
		new RequestClockAndReplyScenarios(mvc, clock, jdbc).aPublishedYearKeepsItsTableB();
	}

	static String userJson(String username, long unitId, String role) {
		return "{\"username\":\"" + username + "\",\"displayName\":\"测试 " + username + "\",\"unitId\":" + unitId
				+ ",\"roles\":[\"" + role + "\"],\"password\":\"s3cret-pass-" + username + "\"}";
	}

	long unitId(String code) {
		return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", TestAccounts.ADMIN_PASSWORD);
	}

	org.springframework.test.web.servlet.request.RequestPostProcessor adminSession() throws Exception {
		var session = login("admin", TestAccounts.ADMIN_PASSWORD).andReturn().getRequest().getSession();
		return request -> {
			request.setSession(session);
			return request;
		};
	}

	static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}

package org.gongkai.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.approvals.ApprovalDecided;
import org.gongkai.calendar.CalendarChanged;
import org.gongkai.calendar.WorkingDays;
import org.gongkai.identity.Me;
import org.gongkai.identity.StaffActors;
import org.gongkai.powers.PowerFilter;
import org.gongkai.powers.PowerType;
import org.gongkai.powers.Powers;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 双公示 through the API as staff and the public meet it: a decision registered with every bad field named and
 * nothing saved, published only by a second member, then public with the natural person masked and not findable by
 * name; corrected and withdrawn with reasons kept; an approved licensing case arriving by itself, once.
 */
@GongkaiTest
class PublicityApiTest {

	static final AtomicInteger SERIAL = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Powers powers;

	@Autowired
	PublicityRecordRepository records;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Publicity publicity;

	@Autowired
	DeadlineRecount recount;

	@Autowired
	StaffActors staff;

	@Autowired
	Clock clock;

	static RequestPostProcessor as(String user) {
		return httpBasic(user, TestAccounts.DEMO_PASSWORD);
	}

	String powerCode(String name, PowerType type) {
		return powers.page(new PowerFilter(type, null, null, name, null), 0, 1).getContent().get(0).code();
	}

	static String number() {
		return "湘人社测罚〔2026〕" + SERIAL.incrementAndGet() + "号";
	}

	String penaltyOfPerson(String number, String name, String id) {
		return """
				{"kind": "PENALTY", "decisionNumber": "%s", "title": "对用人单位克扣劳动者工资的处罚",
				 "penaltyCategory": "FINE", "facts": "克扣劳动者工资报酬", "basis": "《劳动保障监察条例》第二十六条",
				 "result": "罚款人民币5000元", "partyName": "%s", "naturalPerson": true, "partyCode": "%s",
				 "authority": "湖南省人力资源和社会保障厅", "decidedOn": "2026-11-20"}
				""".formatted(number, name, id);
	}

	long register(String user, String body) throws Exception {
		String response = mvc.perform(post("/api/v1/admin/publicity").with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return Long.parseLong(response.replaceAll(".*\"id\":([0-9]+).*", "$1"));
	}

	@Test
	void aRecordWithBadFieldsIsRefusedNamingEveryFieldAndNothingIsSaved() throws Exception {
		long before = records.count();
		mvc.perform(post("/api/v1/admin/publicity").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "LICENSING", "decisionNumber": "湘人社许〔2026〕999号", "title": "人力资源服务许可",
					 "partyName": "某人力资源公司", "naturalPerson": false, "partyCode": "123",
					 "authority": "湖南省人力资源和社会保障厅", "decidedOn": "2026-11-20", "powerCode": "nope"}
					"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("licenceCategory")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("content")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("partyCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("powerCode")));
		assertThat(records.count()).isEqualTo(before);
	}

	@Test
	void whoeverRegisteredARecordMayNotPublishItASecondMemberMay() throws Exception {
		String number = number();
		long id = register("editor", penaltyOfPerson(number, "王小明", "430102198001011234"));
		mvc.perform(post("/api/v1/admin/publicity/{id}/publish", id).with(as("editor")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("四眼")));
		mvc.perform(get("/api/v1/publicity/penalties").param("q", number)).andExpect(jsonPath("$.total").value(0));
		mvc.perform(post("/api/v1/admin/publicity/{id}/publish", id).with(as("checker")))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/publicity/penalties").param("q", number))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].partyName").value("王**"))
			.andExpect(jsonPath("$.items[0].partyCode").value("430102********1234"));
	}

	@Test
	void anotherUnitsMemberMayNeitherSeeNorPublishTheRecord() throws Exception {
		long id = register("editor", penaltyOfPerson(number(), "李四", "430102198001015678"));
		mvc.perform(post("/api/v1/admin/publicity/{id}/publish", id).with(as("reviewer")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/admin/publicity/{id}", id).with(as("reviewer"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/admin/publicity/{id}", id).with(as("handler"))).andExpect(status().isForbidden());
	}

	@Test
	void theStaffViewIsUnmaskedAndAudited() throws Exception {
		long id = register("editor", penaltyOfPerson(number(), "赵六", "430102198001019999"));
		Integer audited = jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'publicity.viewed' and object_id = ?", Integer.class,
				String.valueOf(id));
		mvc.perform(get("/api/v1/admin/publicity/{id}", id).with(as("checker")))
			.andExpect(jsonPath("$.fields.partyName").value("赵六"))
			.andExpect(jsonPath("$.fields.partyCode").value("430102198001019999"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject(
					"select count(*) from audit_entry where action = 'publicity.viewed' and object_id = ?",
					Integer.class, String.valueOf(id)) == audited + 1);
	}

	@Test
	void aNaturalPersonCannotBeFoundByNameOrIdAnOrganisationCan() throws Exception {
		long person = register("editor", penaltyOfPerson(number(), "钱多多", "430102198001017777"));
		String orgNumber = number();
		long org = register("editor", """
				{"kind": "PENALTY", "decisionNumber": "%s", "title": "对用人单位违反规定延长劳动者工作时间的处罚",
				 "penaltyCategory": "WARNING", "facts": "违法延长工作时间", "basis": "《劳动保障监察条例》第二十五条",
				 "result": "警告", "partyName": "湖南钱多多餐饮管理有限公司", "naturalPerson": false,
				 "partyCode": "91430100MA4L0QDD1K", "authority": "湖南省人力资源和社会保障厅", "decidedOn": "2026-11-20"}
				""".formatted(orgNumber));
		mvc.perform(post("/api/v1/admin/publicity/{id}/publish", person).with(as("checker")));
		mvc.perform(post("/api/v1/admin/publicity/{id}/publish", org).with(as("checker")));
		mvc.perform(get("/api/v1/publicity/penalties").param("q", "钱多多"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].decisionNumber").value(orgNumber));
		mvc.perform(get("/api/v1/publicity/penalties").param("q", "430102198001017777"))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/publicity/penalties").param("q", "91430100MA4L0QDD1K"))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aPublishedRecordIsCorrectedAndWithdrawnOnlyWithAReasonAndLeavesTheList() throws Exception {
		String number = number();
		String body = penaltyOfPerson(number, "孙七", "430102198001016666");
		long id = register("editor", body);
		mvc.perform(post("/api/v1/admin/publicity/{id}/publish", id).with(as("checker")));
		String corrected = body.replace("罚款人民币5000元", "罚款人民币3000元");
		mvc.perform(put("/api/v1/admin/publicity/{id}", id).with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"record\": " + corrected + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(put("/api/v1/admin/publicity/{id}", id).with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"record\": " + corrected + ", \"reason\": \"罚款金额录入有误\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/publicity/penalties").param("q", number))
			.andExpect(jsonPath("$.items[0].result").value("罚款人民币3000元"));
		mvc.perform(post("/api/v1/admin/publicity/{id}/withdraw", id).with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \" \"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/admin/publicity/{id}/withdraw", id).with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"行政复议决定撤销原处罚决定\"}")).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/publicity/penalties").param("q", number)).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/admin/publicity/{id}", id).with(as("editor")))
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.history[*].action", hasItem("CORRECTED")))
			.andExpect(jsonPath("$.history[2].changes", containsString("罚款人民币5000元 → 罚款人民币3000元")));
	}

	@Test
	void theDeadlineIsSevenWorkingDaysAfterTheDecisionOnTheCalendar() throws Exception {
		// Wed 30 Sep 2026; 1-7 Oct holidays; Sat 10 Oct a make-up working day: due Thu 15 Oct.
		long id = register("editor", penaltyOfPerson(number(), "周八", "430102198001015555")
			.replace("2026-11-20", "2026-09-30"));
		mvc.perform(get("/api/v1/admin/publicity/{id}", id).with(as("editor")))
			.andExpect(jsonPath("$.dueOn").value("2026-10-15"))
			.andExpect(jsonPath("$.overdue").value(true))
			.andExpect(jsonPath("$.dueProvisional").value(false));
		assertThat(PublicityDeadline.due(workingDays, LocalDate.of(2026, 12, 28), 7).provisional()).isTrue();
		mvc.perform(post("/api/v1/admin/publicity/{id}/publish", id).with(as("checker")));
		mvc.perform(get("/api/v1/admin/publicity/{id}", id).with(as("editor")))
			.andExpect(jsonPath("$.late").value(true));
	}

	@Test
	void anApprovedLicensingCaseAwaitsPublicationOnceARefusalNever() {
		String code = powerCode("人力资源服务许可", PowerType.LICENSING);
		ApprovalDecided approved = new ApprovalDecided("SP2026-T0001", code, PowerType.LICENSING, "人力资源服务许可", "新办",
				"经营性人力资源服务机构设立", "湖南测试人才服务有限公司", false, "91430100MA4L0TET1K", "湖南省人力资源和社会保障厅",
				"湘人社许〔2026〕T1号", LocalDate.of(2026, 11, 25), true, LocalDate.of(2026, 11, 25), LocalDate.of(2031, 11, 24));
		ApprovalDecided refused = new ApprovalDecided("SP2026-T0002", code, PowerType.LICENSING, "人力资源服务许可", "新办",
				null, "湖南另一测试有限公司", false, "91430100MA4L0TET2K", "湖南省人力资源和社会保障厅", "湘人社不许〔2026〕T2号",
				LocalDate.of(2026, 11, 25), false, null, null);
		transactions.executeWithoutResult(s -> {
			events.publishEvent(approved);
			events.publishEvent(refused);
		});
		transactions.executeWithoutResult(s -> events.publishEvent(approved));
		await().atMost(Duration.ofSeconds(10)).until(() -> records.existsByCaseNumber("SP2026-T0001"));
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);
		assertThat(records.findAll().stream().filter(r -> "SP2026-T0001".equals(r.getCaseNumber()))).hasSize(1)
			.allSatisfy(r -> {
				assertThat(r.getStatus()).isEqualTo(RecordStatus.AWAITING);
				assertThat(r.getSource()).isEqualTo(RecordSource.APPROVAL);
				assertThat(r.getRegisteredBy()).isEqualTo("system");
				assertThat(r.getPowerCode()).isEqualTo(code);
			});
		assertThat(records.existsByCaseNumber("SP2026-T0002")).isFalse();
	}

	@Test
	void recordsFallingDueAndOverdueAreCountedForTheBadgeAndTheCardsOfTheirUnitOnly() throws Exception {
		Me editor = staff.named("editor").orElseThrow();
		Me reviewer = staff.named("reviewer").orElseThrow();
		LocalDate today = LocalDate.now(clock.withZone(Publicity.CHINA));
		long overdueBefore = publicity.overdueCount(editor);
		long soonBefore = publicity.dueSoonCount(editor);
		long otherUnitBefore = publicity.overdueCount(reviewer);
		register("editor", penaltyOfPerson(number(), "郑十", "430102198001013333")
			.replace("2026-11-20", workingDays.workingDaysBefore(today, 8).toString()));
		register("editor", penaltyOfPerson(number(), "冯十一", "430102198001012222")
			.replace("2026-11-20", workingDays.workingDaysBefore(today, 6).toString()));
		assertThat(publicity.overdueCount(editor)).isEqualTo(overdueBefore + 1);
		assertThat(publicity.dueSoonCount(editor)).isEqualTo(soonBefore + 1);
		assertThat(publicity.overdueCount(reviewer)).isEqualTo(otherUnitBefore);
	}

	@Test
	void aCalendarChangeRecountsTheDueDaysOfRecordsAwaitingPublicationItReaches() throws Exception {
		long id = register("editor", penaltyOfPerson(number(), "陈十二", "430102198001011111")
			.replace("2026-11-20", "2026-09-30"));
		// As if counted before the National Day notice was loaded: a day earlier, provisional.
		jdbc.update("update publicity_record set due_on = date '2026-10-14', due_provisional = true where id = ?", id);
		recount.on(new CalendarChanged(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 10)));
		// The listener runs asynchronously, as after a commit.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> records.findById(id).map(r -> !r.isDueProvisional()).orElse(false));
		assertThat(records.findById(id)).hasValueSatisfying(r -> {
			assertThat(r.getDueOn()).isEqualTo(LocalDate.of(2026, 10, 15));
			assertThat(r.isDueProvisional()).isFalse();
		});
	}

	@Test
	void theCountsOfAYearAreTheDecisionsOfThatYear() throws Exception {
		String body = penaltyOfPerson(number(), "吴九", "430102198001014444").replace("2026-11-20", "2025-06-02");
		mvc.perform(get("/api/v1/admin/publicity/counts/2025").with(as("office")))
			.andExpect(status().isOk());
		long before = new PublicityCountsProbe(mvc).penalties(2025);
		register("editor", body);
		assertThat(new PublicityCountsProbe(mvc).penalties(2025)).isEqualTo(before + 1);
		mvc.perform(get("/api/v1/publicity/penalties").param("year", "2030")).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/publicity/penalties").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	/** The counts of a year through the staff API. */
	record PublicityCountsProbe(MockMvc mvc) {

		long penalties(int year) throws Exception {
			String json = mvc.perform(get("/api/v1/admin/publicity/counts/{year}", year).with(as("office")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			return Long.parseLong(json.replaceAll(".*\"penalties\":\\{\"decisions\":([0-9]+).*", "$1"));
		}

	}

}

package org.gongkai.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongkai.calendar.WorkingDays;
import org.gongkai.identity.UnitManagement;
import org.gongkai.support.ClientAddresses;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.gongkai.support.TestAccounts;

/**
 * Approval cases as the applicant, staff and API clients meet them: the progress lookup answers an unknown number
 * and a wrong code identically, is rate-limited and audited; staff act only on their unit's items; a refused step
 * is a problem naming the field and changes nothing; a decision is published once, and counted in the item's figures.
 */
@GongkaiTest
@RecordApplicationEvents
class ApprovalsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	UnitManagement units;

	@Autowired
	ApprovalStatistics statistics;

	@Autowired
	ApplicationEvents events;

	@Autowired
	CalendarRefresh calendarRefresh;

	private static RequestPostProcessor as(String user) {
		return httpBasic(user, TestAccounts.DEMO_PASSWORD);
	}

	private LocalDate daysBack(int n) {
		return workingDays.workingDaysBefore(LocalDate.now(clock), n);
	}

	/** Registers a case for {@code powerCode} as the office; answers its number and query code. */
	private String[] register(String powerCode, String applicant, boolean person, String limits) throws Exception {
		String body = """
				{"powerCode": "%s", "category": "NEW", "applicantName": "%s", "naturalPerson": %s,
				 "applicantCode": "430102198507151236", "receivedOn": "%s" %s}
				""".formatted(powerCode, applicant, person, daysBack(12), limits);
		String response = mvc.perform(post("/api/v1/admin/approvals").with(as("office"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return new String[] { response.replaceAll(".*\"caseNumber\":\"([^\"]+)\".*", "$1"),
				response.replaceAll(".*\"queryCode\":\"([^\"]+)\".*", "$1") };
	}

	private void step(String number, String path, String body, String user) throws Exception {
		mvc.perform(post("/api/v1/admin/approvals/{n}/" + path, number).with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().is2xxSuccessful());
	}

	private String day(int back) {
		return "{\"day\": \"" + daysBack(back) + "\"}";
	}

	/** A licensing item of the employment unit without a service guide, so that staff give its limits. */
	private String newItem(String name) throws Exception {
		long unit = units.all().stream().filter(u -> "employment".equals(u.code())).findFirst().orElseThrow().id();
		String body = """
				{"item": {"name": "%s", "type": "LICENSING", "basis": [{"lawName": "中华人民共和国行政许可法", "article": "第十二条"}],
				  "implementingBody": "湖南省人力资源和社会保障厅", "handlingUnitId": %d, "reviewForward": false},
				 "status": {"status": "RETAINED", "effectiveOn": "2020-01-01", "reason": "首次公布", "decidingDocument": "湘政办发〔2020〕1号"}}
				""".formatted(name, unit);
		String response = mvc.perform(post("/api/v1/admin/powers").with(as("office"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return response.replaceAll(".*\"code\":\"([0-9]+)\".*", "$1");
	}

	@Test
	void theApplicantLooksUpTheCaseWithItsCodeAndSeesTheStepsWithTheNameMasked() throws Exception {
		String[] c = register(DemoApprovals.WORK_INJURY, "李建国", true, "");
		step(c[0], "acceptance", day(11), "office");
		mvc.perform(get("/api/v1/approvals/{n}", c[0]).param("queryCode", c[1]).with(ClientAddresses.from(ClientAddresses.fresh())))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.state").value("ACCEPTED"))
			.andExpect(jsonPath("$.applicant").value("李**"))
			.andExpect(jsonPath("$.steps.length()").value(2))
			.andExpect(jsonPath("$.statutoryDays").value(60))
			.andExpect(jsonPath("$.promisedDays").value(20))
			.andExpect(jsonPath("$.deadlines.promisedDue").value(workingDays.dueDate(daysBack(11), 20).dueDate().toString()))
			.andExpect(content().string(Matchers.not(Matchers.containsString("430102198507151236"))));
		mvc.perform(post("/approvals/progress").with(csrf()).with(ClientAddresses.from(ClientAddresses.fresh()))
			.param("caseNumber", c[0].toLowerCase())
			.param("queryCode", c[1]))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("李**")))
			.andExpect(content().string(Matchers.containsString("工伤认定")))
			.andExpect(content().string(Matchers.containsString("受理")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("李建国"))));
	}

	@Test
	void anUnknownNumberAndAWrongCodeGetTheSameAnswerAndEveryLookupIsAudited() throws Exception {
		String[] c = register(DemoApprovals.HR_SERVICES, "湖南测试人力资源有限公司", false, "");
		long audited = jdbc.queryForObject("select count(*) from audit_entry where action = 'approval.lookedUp'",
				Long.class);
		String address = ClientAddresses.fresh();
		MvcResult wrong = mvc.perform(get("/api/v1/approvals/{n}", c[0]).param("queryCode", "WRONG234")
			.with(ClientAddresses.from(address))).andExpect(status().isNotFound()).andReturn();
		MvcResult unknown = mvc.perform(get("/api/v1/approvals/{n}", "SP2099-99999").param("queryCode", c[1])
			.with(ClientAddresses.from(address))).andExpect(status().isNotFound()).andReturn();
		assertThat(wrong.getResponse().getContentType()).isEqualTo(unknown.getResponse().getContentType());
		assertThat(withoutInstance(wrong)).isEqualTo(withoutInstance(unknown)).contains("请核对办件编号和查询码");

		MvcResult wrongPage = mvc.perform(post("/approvals/progress").with(csrf()).with(ClientAddresses.from(address))
			.param("caseNumber", c[0]).param("queryCode", "WRONG234")).andExpect(status().isNotFound()).andReturn();
		MvcResult unknownPage = mvc.perform(post("/approvals/progress").with(csrf()).with(ClientAddresses.from(address))
			.param("caseNumber", "SP2099-99999").param("queryCode", c[1])).andExpect(status().isNotFound()).andReturn();
		assertThat(page(wrongPage, c[0])).isEqualTo(page(unknownPage, "SP2099-99999"))
			.contains("未找到办件：请核对办件编号和查询码。");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'approval.lookedUp'", Long.class))
			.isEqualTo(audited + 4);
	}

	/** The page without what differs by request: the number typed (echoed in the form) and the CSRF token. */
	private static String page(MvcResult result, String number) throws Exception {
		return result.getResponse()
			.getContentAsString()
			.replace(number, "NUMBER")
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private static String withoutInstance(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString().replaceAll("\"instance\":\"[^\"]*\",?", "");
	}

	@Test
	void oneAddressMayLookUpThirtyTimesInTenMinutesByPageAndApiTogether() throws Exception {
		String guesser = ClientAddresses.fresh();
		for (int i = 0; i < 15; i++) {
			mvc.perform(get("/api/v1/approvals/{n}", "SP2026-00001").param("queryCode", "GUESS" + i)
				.with(ClientAddresses.from(guesser))).andExpect(status().isNotFound());
			mvc.perform(post("/approvals/progress").with(csrf()).with(ClientAddresses.from(guesser))
				.param("caseNumber", "SP2026-00001").param("queryCode", "PAGE" + i)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/approvals/{n}", "SP2026-00001").param("queryCode", "GUESS31")
			.with(ClientAddresses.from(guesser))).andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(post("/approvals/progress").with(csrf()).with(ClientAddresses.from(guesser))
			.param("caseNumber", "SP2026-00001").param("queryCode", "PAGE31")).andExpect(status().isTooManyRequests());
	}

	@Test
	void staffActOnlyOnTheCasesOfTheirUnitsItems() throws Exception {
		String[] c = register(DemoApprovals.HR_SERVICES, "湖南权限测试有限公司", false, "");
		mvc.perform(get("/admin/approvals/{n}", c[0]).with(Sessions.demo(mvc, "head"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/admin/approvals/{n}/acceptance", c[0]).with(as("head"))
			.contentType(MediaType.APPLICATION_JSON).content(day(11))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/admin/approvals").with(as("head")).param("item", DemoApprovals.HR_SERVICES))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/admin/approvals/{n}", c[0]).with(Sessions.demo(mvc, "editor")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("湖南权限测试有限公司")));
		step(c[0], "acceptance", day(11), "editor");
		mvc.perform(get("/api/v1/admin/approvals/{n}", c[0]).with(as("office")))
			.andExpect(jsonPath("$.facts.state").value("ACCEPTED"))
			.andExpect(jsonPath("$.facts.limitsGuide").value("4300000150100101"));
	}

	@Test
	void aRefusedStepIsAProblemNamingTheFieldAndChangesNothing() throws Exception {
		String[] c = register(DemoApprovals.HR_SERVICES, "湖南规则测试有限公司", false, "");
		mvc.perform(post("/api/v1/admin/approvals/{n}/acceptance", c[0]).with(as("office"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"day\": \"" + LocalDate.now(clock).plusDays(1) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("day"));
		mvc.perform(post("/api/v1/admin/approvals/{n}/decision", c[0]).with(as("office"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approved\": true, \"day\": \"" + daysBack(1) + "\", \"decisionNumber\": \"号\"}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/admin/approvals/{n}", c[0]).with(as("office")))
			.andExpect(jsonPath("$.facts.state").value("RECEIVED"));
		mvc.perform(get("/api/v1/admin/approvals/{n}", "SP2099-99999").with(as("office")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		String item = newItem("测试许可无指南甲");
		long before = jdbc.queryForObject("select count(*) from approval_case", Long.class);
		mvc.perform(post("/api/v1/admin/approvals").with(as("office")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"powerCode": "%s", "category": "NEW", "applicantName": "甲公司", "naturalPerson": false,
					 "applicantCode": "91430100MA4L2X3K7Q", "receivedOn": "%s", "statutoryDays": 10, "promisedDays": 15}
					""".formatted(item, daysBack(1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("promisedDays"));
		mvc.perform(post("/api/v1/admin/approvals").with(as("office")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"powerCode": "%s", "category": "NEW", "applicantName": "甲公司", "naturalPerson": false,
					 "applicantCode": "91430100MA4L2X3K7Q", "receivedOn": "%s"}
					""".formatted(item, daysBack(1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("statutoryDays"));
		mvc.perform(post("/api/v1/admin/approvals").with(as("office")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"powerCode": "99999999", "category": "NEW", "applicantName": "甲公司", "naturalPerson": false,
					 "applicantCode": "91430100MA4L2X3K7Q", "receivedOn": "%s"}
					""".formatted(daysBack(1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("powerCode"));
		assertThat(jdbc.queryForObject("select count(*) from approval_case", Long.class)).isEqualTo(before);
	}

	@Test
	void aDecisionIsPublishedOnceAndCountedInTheItemsFigures() throws Exception {
		String item = newItem("测试许可统计乙");
		String limits = ", \"statutoryDays\": 20, \"promisedDays\": 5";
		String[] quick = register(item, "乙公司", false, limits);
		String[] slow = register(item, "丙公司", false, limits);
		for (String[] c : new String[][] { quick, slow }) {
			step(c[0], "acceptance", day(11), "office");
			step(c[0], "review", day(10), "office");
		}
		String decision = "{\"approved\": true, \"day\": \"%s\", \"decisionNumber\": \"湘人社许字〔2026〕%s号\", "
				+ "\"content\": \"测试许可\", \"validFrom\": \"%s\"}";
		step(quick[0], "decision", decision.formatted(daysBack(8), "901", daysBack(8)), "office");
		step(slow[0], "decision", decision.formatted(daysBack(2), "902", daysBack(2)), "office");

		assertThat(events.stream(ApprovalDecided.class).filter(e -> e.powerCode().equals(item)))
			.extracting(ApprovalDecided::decisionNumber)
			.containsExactly("湘人社许字〔2026〕901号", "湘人社许字〔2026〕902号");
		ApprovalDecided first = events.stream(ApprovalDecided.class).filter(e -> e.powerCode().equals(item)).findFirst()
			.orElseThrow();
		assertThat(first.approved()).isTrue();
		assertThat(first.decidedOn()).isEqualTo(daysBack(8));
		assertThat(first.category()).isEqualTo("新办");
		assertThat(first.applicantName()).isEqualTo("乙公司");

		ItemFigures figures = statistics.forItem(item);
		assertThat(figures.decided()).isEqualTo(2);
		assertThat(figures.onTime()).isEqualTo(1);
		assertThat(figures.onTimePercent()).isEqualTo(50);
		assertThat(figures.averageWorkingDays()).as("3 and 9 working days").isEqualTo(6.0);
	}

	@Test
	void eachServiceGuideShowsItsItemsFiguresAndLeadsToTheLookup() throws Exception {
		mvc.perform(get("/services/{code}", "4300000150100201"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("办件统计")))
			.andExpect(content().string(Matchers.containsString("已办结")))
			.andExpect(content().string(Matchers.containsString("/approvals/progress")));
		mvc.perform(get("/services")).andExpect(content().string(Matchers.containsString("/approvals/progress")));
	}

	@Test
	void theConsoleRegistersACaseShowsItsCodeOnceAndShowsARefusedStepNextToItsField() throws Exception {
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		MvcResult registered = mvc.perform(post("/admin/approvals/new").with(office).with(csrf())
			.param("powerCode", DemoApprovals.LABOUR_DISPATCH).param("category", "CHANGE")
			.param("applicantName", "湖南控制台测试劳务有限公司").param("naturalPerson", "false")
			.param("applicantCode", "91430100MA4L2X3K7Q").param("receivedOn", daysBack(3).toString()))
			.andExpect(status().is3xxRedirection()).andReturn();
		String location = registered.getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/approvals/SP\\d{4}-\\d{5}");
		Object flash = registered.getFlashMap().get("registered");
		assertThat(flash).isInstanceOf(Registered.class);
		String code = ((Registered) flash).queryCode();
		mvc.perform(get(location).with(office).flashAttr("registered", flash))
			.andExpect(content().string(Matchers.containsString(code)));
		mvc.perform(get(location).with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(code))));
		mvc.perform(post(location + "/accept").with(office).with(csrf()).param("day", daysBack(5).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("id=\"accept-day-error\"")))
			.andExpect(content().string(Matchers.containsString("日期不能早于上一环节的日期")));
		mvc.perform(post(location + "/accept").with(office).with(csrf()).param("day", "2026-13-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("日期格式不正确")));
		mvc.perform(post(location + "/accept").with(office).with(csrf()).param("day", daysBack(2).toString()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(location).with(office))
			.andExpect(content().string(Matchers.containsString("开始审查")));
	}

	@Test
	void theConsoleListsTheDemoCasesAndFiltersTheOverdueOnes() throws Exception {
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		mvc.perform(get("/admin/approvals").with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("衡阳众力劳务派遣有限公司")))
			.andExpect(content().string(Matchers.containsString("湖南云聘网络科技有限公司")));
		mvc.perform(get("/admin/approvals").with(office).param("overdue", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("衡阳众力劳务派遣有限公司")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("湖南云聘网络科技有限公司"))));
		mvc.perform(get("/admin").with(office))
			.andExpect(content().string(Matchers.containsString("逾期审批办件")));
	}

	private static final String IMPORT_HEADER = "事项编码,审批类别,申请人名称,申请人类型,证件号码,收件日期,受理日期,审查日期,决定日期,决定结果,决定书文号,许可内容,有效期起,送达日期\n";

	private String importRow(String category, String applicant, String decided) {
		return String.join(",", DemoApprovals.LABOUR_DISPATCH, category, applicant, "法人或其他组织", "91430100MA4L2X3K7Q",
				daysBack(12).toString(), daysBack(11).toString(), daysBack(10).toString(), decided, "准予许可",
				"湘人社许字〔2026〕" + applicant.length() + "号", "劳务派遣经营", daysBack(5).toString(), "") + "\n";
	}

	private MvcResult importFile(String name, byte[] content) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
				"/api/v1/admin/approvals/import")
			.file(new org.springframework.mock.web.MockMultipartFile("file", name, "text/csv", content))
			.with(as("office"))).andReturn();
	}

	@Test
	void anImportWithBadRowsListsEveryOneAndImportsNothingThenTheFixedFileImportsAll() throws Exception {
		long before = jdbc.queryForObject("select count(*) from approval_case", Long.class);
		String bad = IMPORT_HEADER + importRow("新办", "导入甲劳务有限公司", daysBack(5).toString())
				+ importRow("新设", "导入乙劳务有限公司", daysBack(5).toString())
				+ importRow("变更", "导入丙劳务有限公司", LocalDate.now(clock).plusDays(3).toString());
		MvcResult refused = importFile("cases.csv", bad.getBytes(java.nio.charset.Charset.forName("GBK")));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		String problems = refused.getResponse().getContentAsString();
		assertThat(problems).contains("\"row\":3", "\"column\":\"审批类别\"", "新设", "\"row\":4",
				"\"column\":\"决定日期\"").doesNotContain("\"row\":2");
		assertThat(jdbc.queryForObject("select count(*) from approval_case", Long.class)).as("nothing imported")
			.isEqualTo(before);

		String fixed = IMPORT_HEADER + importRow("新办", "导入甲劳务有限公司", daysBack(5).toString())
				+ importRow("新办", "导入乙劳务有限公司", daysBack(5).toString())
				+ importRow("变更", "导入丙劳务有限公司", daysBack(4).toString());
		MvcResult imported = importFile("cases.csv", fixed.getBytes(java.nio.charset.Charset.forName("GBK")));
		assertThat(imported.getResponse().getStatus()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from approval_case", Long.class)).isEqualTo(before + 3);
		assertThat(jdbc.queryForObject("select state from approval_case where applicant_name = '导入丙劳务有限公司'",
				String.class)).isEqualTo("DECIDED");
		String body = imported.getResponse().getContentAsString();
		String number = body.replaceAll("(?s).*\"caseNumber\":\"([^\"]+)\",\"queryCode\":\"([^\"]+)\".*", "$1");
		String code = body.replaceAll("(?s).*\"caseNumber\":\"([^\"]+)\",\"queryCode\":\"([^\"]+)\".*", "$2");
		mvc.perform(get("/api/v1/approvals/{n}", number).param("queryCode", code)
			.with(ClientAddresses.from(ClientAddresses.fresh()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.decisionNumber").exists());
	}

	@Test
	void anXlsxImportIsReadLikeItsCsvAndUnitStaffMayNotImport() throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet();
			String[] header = { "事项编码", "审批类别", "申请人名称", "申请人类型", "证件号码", "收件日期" };
			String[] row = { DemoApprovals.HR_SERVICES, "新办", "表格导入人力资源有限公司", "法人或其他组织", "91430100MA4L2X3K7Q",
					daysBack(1).toString() };
			for (int r = 0; r < 2; r++) {
				org.apache.poi.ss.usermodel.Row line = sheet.createRow(r);
				for (int i = 0; i < header.length; i++) {
					line.createCell(i).setCellValue(r == 0 ? header[i] : row[i]);
				}
			}
			book.write(out);
		}
		MvcResult imported = importFile("cases.xlsx", out.toByteArray());
		assertThat(imported.getResponse().getStatus()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from approval_case where applicant_name = '表格导入人力资源有限公司'",
				Long.class)).isEqualTo(1);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
				"/api/v1/admin/approvals/import")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "cases.xlsx", "text/csv", out.toByteArray()))
			.with(as("editor"))).andExpect(status().isForbidden());
	}

	@Test
	void aCalendarChangeCountsTheKeptDueDatesOfRunningCasesAgain() throws Exception {
		String[] c = register(DemoApprovals.HR_SERVICES, "湖南日历测试有限公司", false, "");
		step(c[0], "acceptance", day(11), "office");
		jdbc.update("update approval_case set promised_due = ? where case_number = ?", java.sql.Date.valueOf("2000-01-03"),
				c[0]);
		assertThat(calendarRefresh.refreshAll()).isPositive();
		assertThat(jdbc.queryForObject("select promised_due from approval_case where case_number = ?", java.sql.Date.class,
				c[0]).toLocalDate()).isEqualTo(workingDays.dueDate(daysBack(11), 10).dueDate());
	}

}

package org.gongkai.requests.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.identity.UnitManagement;
import org.gongkai.requests.Applications;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.CaseView;
import org.gongkai.requests.Closure;
import org.gongkai.requests.ReplyType;
import org.gongkai.requests.RequestStatus;
import org.gongkai.requests.StopKind;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestClockConfig;

/**
 * Every step of a case through the console's forms, as the handler, the office and its head take them, with the
 * refusals the rules give shown next to the field they concern, the article cited and what was typed kept.
 */
@GongkaiTest
class CaseConsoleTest {

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
	Catalogue catalogue;

	@Autowired
	MutableClock clock;

	Cases cases;

	RequestPostProcessor handler;

	RequestPostProcessor office;

	@BeforeEach
	void setUp() throws Exception {
		cases = new Cases(applications, handling, units, staff, clock);
		handler = Sessions.demo(mvc, "handler");
		office = Sessions.demo(mvc, "office");
	}

	@AfterEach
	void reset() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
	}

	@Test
	void aCorrectionAfterSevenWorkingDaysIsRefusedInItsFormCitingArticle30AndChangesNothing() throws Exception {
		Cases.Case c = cases.applied(LocalDate.of(2026, 11, 2), "法规处", "2026年法治政府建设年度报告");
		cases.on(LocalDate.of(2026, 11, 11));
		page(c, handler).andExpect(content().string(containsString("补正须在 2026-11-11 前")));
		cases.on(LocalDate.of(2026, 11, 12));
		perform(step(c, "/correction", handler).param("whatToCorrect", "请写明所需报告的年份").param("correctBy", "2026-11-20"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("第三十条")))
			.andExpect(content().string(containsString("最迟 2026-11-11")))
			.andExpect(content().string(containsString(">请写明所需报告的年份</textarea>")))
			.andExpect(content().string(containsString("value=\"2026-11-20\"")));
		assertThat(view(c).status()).isEqualTo(RequestStatus.IN_PROGRESS);
		assertThat(view(c).stops()).isEmpty();
	}

	@Test
	void correctionConsultationExtensionDecisionsReplyDeliveryArchiveAndAppealThroughTheForms() throws Exception {
		cases.on(LocalDate.of(2026, 11, 2));
		Cases.Case c = cases.applied(LocalDate.of(2026, 11, 2), null, "2026年就业见习补贴发放名单", "见习基地认定文件");
		cases.on(LocalDate.of(2026, 11, 2));
		perform(step(c, "/assign", office).param("unitIds", String.valueOf(cases.unitId("法规处")))).andExpect(done(c));

		cases.on(LocalDate.of(2026, 11, 3));
		perform(step(c, "/correction", handler).param("whatToCorrect", "请写明见习基地所在市州").param("correctBy", ""))
			.andExpect(done(c));
		page(c, handler).andExpect(content().string(containsString("期限中止")));
		cases.on(LocalDate.of(2026, 11, 5));
		perform(step(c, "/correction/arrival", handler).param("arrivedOn", "2026-11-05")).andExpect(done(c));
		assertThat(view(c).clock().clockStart()).isEqualTo(LocalDate.of(2026, 11, 5));

		cases.on(LocalDate.of(2026, 11, 6));
		perform(step(c, "/consultations", handler).param("kind", "THIRD_PARTY").param("party", "长沙某见习基地"))
			.andExpect(done(c));
		long stopId = view(c).stops().stream().filter(s -> s.kind() == StopKind.THIRD_PARTY).findFirst().orElseThrow().id();
		cases.on(LocalDate.of(2026, 11, 10));
		perform(step(c, "/consultations/" + stopId + "/answer", handler).param("answeredOn", "2026-11-10")
			.param("outcome", "OBJECTED")
			.param("note", "名单含个人信息")).andExpect(done(c));
		page(c, handler).andExpect(content().string(containsString("长沙某见习基地")))
			.andExpect(content().string(containsString("名单含个人信息")));

		cases.on(LocalDate.of(2026, 11, 11));
		perform(step(c, "/extension", handler).param("days", "25").param("reason", "需要调取档案"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("1 至 20 个工作日")))
			.andExpect(content().string(containsString(">需要调取档案</textarea>")));
		perform(step(c, "/extension", handler).param("days", "10").param("reason", "需要调取档案")).andExpect(done(c));
		perform(step(c, "/extension/decision", handler).param("approve", "true")).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("须经公开办负责人同意")));
		assertThat(view(c).extension().days()).isZero();
		perform(step(c, "/extension/decision", Sessions.demo(mvc, "officehead")).param("approve", "true"))
			.andExpect(done(c));
		assertThat(view(c).extension().days()).isEqualTo(10);
		perform(step(c, "/extension", handler).param("days", "5").param("reason", "再次延期"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("答复期限只能延长一次（《条例》第三十三条）")));

		List<Long> items = cases.itemIds(c.id());
		perform(step(c, "/items/" + items.get(0) + "/decision", handler).param("reply", "NOT_DISCLOSED")
			.param("ground", "")
			.param("explanation", "名单涉及个人隐私"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("该答复须写明不予公开的理由（《条例》第三十六条第（三）项）")))
			.andExpect(content().string(containsString(">名单涉及个人隐私</textarea>")))
			.andExpect(content().string(containsString("aria-describedby=\"d" + items.get(0) + "-ground-hint d"
					+ items.get(0) + "-ground-error\"")));
		assertThat(view(c).items().get(0).reply()).isNull();
		perform(step(c, "/items/" + items.get(0) + "/decision", handler).param("reply", "PARTLY_DISCLOSED")
			.param("ground", "THIRD_PARTY_RIGHTS")
			.param("explanation", "名单涉及个人隐私，隐去身份证号码后公开")).andExpect(done(c));
		perform(step(c, "/reply", handler).param("letter", "答复告知书")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("每个申请事项都作出决定后才能答复")));

		DocumentSummary published = catalogue.publicPage(CatalogueFilter.none(), 0, 1).getContent().get(0);
		perform(step(c, "/items/" + items.get(1) + "/decision", handler).param("reply", "ALREADY_PUBLIC")
			.param("indexNumbers", "000014349/1999-99999")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("目录中没有索引号为 000014349/1999-99999 的公开文件")));
		perform(step(c, "/items/" + items.get(1) + "/decision", handler).param("reply", "ALREADY_PUBLIC")
			.param("indexNumbers", published.indexNumber())).andExpect(done(c));
		assertThat(view(c).items().get(1).documentIds()).containsExactly(published.id());
		page(c, handler).andExpect(content().string(containsString(published.title())))
			.andExpect(content().string(containsString("id=\"reply-letter\"")))
			.andExpect(content().string(containsString("第三十六条第（一）项")));

		perform(step(c, "/reply", handler).param("letter", "张三：\n经审查，现答复如下。")).andExpect(done(c));
		assertThat(view(c).status()).isEqualTo(RequestStatus.ANSWERED);
		cases.on(LocalDate.of(2026, 11, 12));
		perform(step(c, "/archive", handler)).andExpect(status().isConflict())
			.andExpect(content().string(containsString("答复送达后才能办结归档")));
		perform(step(c, "/delivery", handler).param("channel", "EMAIL").param("deliveredOn", "2026-11-12"))
			.andExpect(done(c));
		perform(step(c, "/archive", handler)).andExpect(done(c));
		CaseView archived = view(c);
		assertThat(archived.closure()).isEqualTo(Closure.ANSWERED);
		page(c, handler).andExpect(content().string(containsString("经审查，现答复如下。")))
			.andExpect(content().string(containsString("（二）部分公开")));

		cases.on(LocalDate.of(2026, 11, 20));
		perform(step(c, "/appeals", handler).param("kind", "RECONSIDERATION").param("filedOn", "2026-11-19"))
			.andExpect(done(c));
		long appealId = view(c).appeals().get(0).id();
		perform(step(c, "/appeals/" + appealId + "/decision", handler).param("outcome", "UPHELD")
			.param("decidedOn", "2026-11-18")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("日期须在 2026-11-19 至 2026-11-20 之间")));
		perform(step(c, "/appeals/" + appealId + "/decision", handler).param("outcome", "UPHELD")
			.param("decidedOn", "2026-11-20")).andExpect(done(c));
		page(c, handler).andExpect(content().string(containsString("结果维持")));
	}

	@Test
	void aFeeNoticeShowsWhatTheRulesChargeAndAnUnpaidOrUncorrectedApplicationIsClosedAfterItsDate() throws Exception {
		Cases.Case paying = cases.appliedBy("王五", "110101199003074573", LocalDate.of(2026, 10, 9), "法规处",
				"2020年以来全部工伤认定决定书");
		cases.on(LocalDate.of(2026, 10, 12));
		page(paying, handler).andExpect(content().string(containsString("这是申请人本月第 1 件申请，应收 0 元")));
		perform(step(paying, "/fee", handler).param("basis", "PER_REQUEST").param("quantity", ""))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("按该数量（1）不收费")));
		perform(step(paying, "/fee", handler).param("basis", "PER_PAGE").param("quantity", "150").param("preview", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("按量计收，数量 150：应收 1,700 元")));
		assertThat(view(paying).fee()).isNull();
		perform(step(paying, "/fee", handler).param("basis", "PER_PAGE").param("quantity", "150")).andExpect(done(paying));
		assertThat(view(paying).fee().amount()).isEqualTo(1700);
		// 20 working days after Monday 12 October: Monday 9 November.
		cases.on(LocalDate.of(2026, 11, 9));
		perform(step(paying, "/fee/close", handler)).andExpect(status().isConflict())
			.andExpect(content().string(containsString("缴费期限 2026-11-09 尚未届满")));
		cases.on(LocalDate.of(2026, 11, 10));
		perform(step(paying, "/fee/close", handler)).andExpect(done(paying));
		assertThat(view(paying).closure()).isEqualTo(Closure.UNPAID);

		Cases.Case silent = cases.appliedBy("赵六", Cases.LI_ID, LocalDate.of(2026, 11, 2), "法规处", "某企业的社保缴费记录");
		cases.on(LocalDate.of(2026, 11, 3));
		perform(step(silent, "/correction", handler).param("whatToCorrect", "请说明与申请人的关系")
			.param("correctBy", "2026-11-10")).andExpect(done(silent));
		perform(step(silent, "/correction/close", handler)).andExpect(status().isConflict())
			.andExpect(content().string(containsString("补正期限 2026-11-10 尚未届满")));
		cases.on(LocalDate.of(2026, 11, 11));
		perform(step(silent, "/correction/close", handler)).andExpect(done(silent));
		assertThat(view(silent).closure()).isEqualTo(Closure.NOT_CORRECTED);
	}

	@Test
	void aStaleFormIsRefusedKeepingWhatWasTypedAndTheCatalogueSearchListsDocumentsToLink() throws Exception {
		Cases.Case c = cases.applied(LocalDate.of(2026, 11, 16), "法规处", "关于就业创业补贴的政策文件");
		cases.on(LocalDate.of(2026, 11, 17));
		long version = view(c).version();
		perform(step(c, "/extension", handler).param("days", "5").param("reason", "需要协调")).andExpect(done(c));
		perform(step(c, "/correction", handler).param("version", String.valueOf(version))
			.param("whatToCorrect", "请写明文件名称")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("这件申请在您打开页面后已有人办理")))
			.andExpect(content().string(containsString(">请写明文件名称</textarea>")));
		assertThat(view(c).stops()).isEmpty();

		long item = cases.itemIds(c.id()).get(0);
		perform(step(c, "/items/" + item + "/decision", handler).param("reply", "ALREADY_PUBLIC")
			.param("explanation", "见门户网站")
			.param("docq", "就业")
			.param("find", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"documentIds\" id=\"d" + item + "-hit-")))
			.andExpect(content().string(containsString(">见门户网站</textarea>")));
		assertThat(view(c).items().get(0).reply()).isNull();
		// Enter in the index-number box sends the form's first button, the search: without words it saves.
		perform(step(c, "/items/" + item + "/decision", handler).param("reply", "DISCLOSED").param("docq", "")
			.param("find", "1")).andExpect(done(c));
		assertThat(view(c).items().get(0).reply()).isEqualTo(ReplyType.DISCLOSED);
		perform(step(c, "/withdrawal", office).param("withdrawnOn", "2026-11-17")).andExpect(done(c));
		assertThat(view(c).closure()).isEqualTo(Closure.WITHDRAWN);
		page(c, handler).andExpect(content().string(not(containsString("id=\"form-withdrawal\""))));
	}

	private ResultActions page(Cases.Case c, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/admin/requests/{id}", c.id()).with(who)).andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder step(Cases.Case c, String path, RequestPostProcessor who) {
		return post("/admin/requests/" + c.id() + path).with(who).with(csrf());
	}

	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request);
	}

	private static org.springframework.test.web.servlet.ResultMatcher done(Cases.Case c) {
		return result -> {
			redirectedUrl("/admin/requests/" + c.id() + "#main").match(result);
			flash().attributeExists("flash").match(result);
		};
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

}

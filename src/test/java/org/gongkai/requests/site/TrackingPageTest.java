package org.gongkai.requests.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.CaseView;
import org.gongkai.requests.ConsultationOutcome;
import org.gongkai.requests.StopKind;
import org.gongkai.support.ChineseText;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestClockConfig;

/** The tracking page: the clock itemised, one answer for every mismatch, withdrawal, and nothing cached. */
@GongkaiTest
class TrackingPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseHandling handling;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@AfterEach
	void reset() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
	}

	@Test
	void theTrackingPageItemisesTheClockWithItsStopHolidaysAndMakeUpDays() throws Exception {
		on(2026, 9, 14);
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		Document receipt = steps.receipt(steps.submit(steps.openForm(), ApplyFormSteps.person("2026年度社会保险基金预算")));
		String number = receipt.selectFirst("#tracking-number").text();
		String code = receipt.selectFirst("#query-code").text();
		assertThat(receipt.select("dl.receipt-facts").text()).as("20 working days over 中秋 and 国庆")
			.contains("2026年9月14日", "2026年10月16日");

		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), number);
		handling.assign(CurrentStaff.require(), id, Set.of(unit("法规处")));
		on(2026, 10, 12);
		SignedIn.as(staff, "handler");
		handling.startConsultation(CurrentStaff.require(), id, StopKind.THIRD_PARTY, "湖南某人力资源服务有限公司");
		SignedIn.signOut();

		on(2026, 10, 14);
		Document stopped = ApplyFormSteps.page(steps.track(number, code));
		assertThat(stopped.selectFirst("#request-status").text()).isEqualTo("征求意见中");
		// 16 working days used by 12 Oct (14 Sep excluded, 20 Sep and 10 Oct worked, the holidays not): 4 left.
		assertThat(stopped.selectFirst("#clock-due").text()).isEqualTo("期限中止中：恢复计算时还剩 4 个工作日");
		assertThat(stopped.select(".stops-table tbody td").eachText()).contains("征求第三方意见", "2026年10月12日", "进行中");

		on(2026, 10, 16);
		SignedIn.as(staff, "handler");
		long stopId = handling.view(CurrentStaff.require(), id).stops().stream().filter(CaseView.StopView::open).findFirst().orElseThrow().id();
		handling.recordConsultationAnswer(CurrentStaff.require(), id, stopId, LocalDate.of(2026, 10, 16), ConsultationOutcome.CONSENTED, null);
		SignedIn.signOut();

		on(2026, 10, 19);
		MvcResult result = steps.track(number, code);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		Document page = ApplyFormSteps.page(result);
		assertThat(page.selectFirst("#request-status").text()).isEqualTo("办理中");
		assertThat(page.selectFirst("#clock-allowed").text()).isEqualTo("20 个工作日");
		// 12-16 Oct not counted: the 4 days left run 19-22 Oct.
		assertThat(page.selectFirst("#clock-due").text()).isEqualTo("2026年10月22日（周四）");
		assertThat(page.select(".clock-table").text()).contains("自2026年9月14日收到申请的次日起算", "共 4 个工作日不计入",
				"未延长");
		assertThat(page.select(".stops-table tbody td").eachText()).containsExactly("征求第三方意见", "2026年10月12日",
				"2026年10月16日", "2026年11月2日", "4", "《政府信息公开条例》第三十二条");
		assertThat(page.select(".holidays-table tbody tr")).hasSize(10);
		assertThat(page.select(".holidays-table").text()).contains("2026年9月25日（周五） 中秋节", "2026年10月7日（周三） 国庆节");
		assertThat(page.select(".makeup-table tbody td").eachText()).containsExactly("2026年9月20日（周日）",
				"国庆节调休上班", "2026年10月10日（周六）", "国庆节调休上班");
		assertThat(page.select(".timeline-table tbody tr")).hasSize(3);
		assertThat(page.select(".timeline-table").text()).contains("收到申请", "征求意见（所需时间不计入答复期限）",
				"征求意见结束，继续计算答复期限");
		assertThat(page.select(".items-table").text()).contains("2026年度社会保险基金预算", "尚未答复");
		assertThat(page.select("#withdraw")).hasSize(1);
		assertThat(page.text()).doesNotContain("李四", "430102198503150022", "lisi@example.com", "0731-84901234",
				"湖南某人力资源服务有限公司", "handler", "法规处");
	}

	/**
	 * In English the holidays the period passed over are named in English, the timeline's notes are in the reader's
	 * words, and what staff typed (the extension's reason, what to correct) stays as typed, marked Chinese.
	 */
	@Test
	void inEnglishHolidaysAndNotesAreEnglishAndStaffTextIsMarkedChinese() throws Exception {
		on(2026, 9, 14);
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		Document receipt = steps.receipt(steps.submit(steps.openForm(), ApplyFormSteps.person("2026年度就业补助资金预算")));
		String number = receipt.selectFirst("#tracking-number").text();
		String code = receipt.selectFirst("#query-code").text();
		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), number);
		handling.assign(CurrentStaff.require(), id, Set.of(unit("法规处")));
		on(2026, 10, 12);
		SignedIn.as(staff, "handler");
		handling.proposeExtension(CurrentStaff.require(), id, 20, "需向院校核实预算材料。");
		SignedIn.as(staff, "officehead");
		handling.decideExtension(CurrentStaff.require(), id, true);
		SignedIn.signOut();

		on(2026, 10, 13);
		String html = english(steps, number, code);
		Document page = Jsoup.parse(html);
		assertThat(page.select(".holidays-table").text()).contains("Mid-Autumn Festival", "National Day")
			.doesNotContain("中秋节", "国庆节");
		assertThat(page.select(".makeup-table").text()).contains("Working day in lieu for National Day");
		assertThat(page.select(".timeline-table").text()).contains("20 more working days")
			.doesNotContainPattern("20 / ");
		assertThat(page.select(".timeline-table [lang=zh-CN]").eachText()).contains("需向院校核实预算材料。");
		assertThat(ChineseText.outsideChineseContent(html)).as("Chinese not marked lang=\"zh-CN\"").isEmpty();

		on(2026, 11, 2);
		Document corrected = steps.receipt(steps.submit(steps.openForm(), ApplyFormSteps.person("社会保险补贴申领名单")));
		String correctedNumber = corrected.selectFirst("#tracking-number").text();
		SignedIn.as(staff, "office");
		long correctedId = handling.idOf(CurrentStaff.require(), correctedNumber);
		handling.assign(CurrentStaff.require(), correctedId, Set.of(unit("法规处")));
		on(2026, 11, 4);
		SignedIn.as(staff, "handler");
		handling.requestCorrection(CurrentStaff.require(), correctedId, "请写明所需名单的年份", null);
		SignedIn.signOut();
		String awaiting = english(steps, correctedNumber, corrected.selectFirst("#query-code").text());
		assertThat(Jsoup.parse(awaiting).select("[lang=zh-CN]").eachText()).contains("请写明所需名单的年份");
		assertThat(ChineseText.outsideChineseContent(awaiting)).as("Chinese not marked lang=\"zh-CN\"").isEmpty();
	}

	private String english(ApplyFormSteps steps, String number, String code) throws Exception {
		MvcResult result = mvc.perform(post("/track").param("lang", "en").param("trackingNumber", number)
			.param("queryCode", code).session(steps.session).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** A correction restarts the period in full (Art. 30): the applicant is told so, not a count of days left. */
	@Test
	void whileACorrectionIsAwaitedThePageSaysThePeriodRestartsInFull() throws Exception {
		on(2026, 11, 2);
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		Document receipt = steps.receipt(steps.submit(steps.openForm(), ApplyFormSteps.person("社会保险补贴申领名单")));
		String number = receipt.selectFirst("#tracking-number").text();
		String code = receipt.selectFirst("#query-code").text();
		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), number);
		handling.assign(CurrentStaff.require(), id, Set.of(unit("法规处")));
		on(2026, 11, 4);
		SignedIn.as(staff, "handler");
		handling.requestCorrection(CurrentStaff.require(), id, "请写明所需名单的年份", null);
		SignedIn.signOut();

		Document awaiting = ApplyFormSteps.page(steps.track(number, code));
		assertThat(awaiting.selectFirst("#clock-due").text())
			.isEqualTo("期限中止，等待您补正：自收到补正后的申请之日起，答复期限重新计算");
		Document inbox = ApplyFormSteps.page(mvc.perform(get("/admin/requests").param("q", number)
			.with(Sessions.demo(mvc, "office"))).andReturn());
		assertThat(inbox.select("table tbody tr").text()).as("the inbox row says so too")
			.contains("收到补正后重新计算全部期限")
			.doesNotContain("恢复计算后尚余");
	}

	@Test
	void aWrongCodeAndAnUnknownNumberGetTheSameNotFoundPage() throws Exception {
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		Document receipt = steps.receipt(steps.submit(steps.openForm(), ApplyFormSteps.person("劳动保障监察年报")));
		String number = receipt.selectFirst("#tracking-number").text();
		String code = receipt.selectFirst("#query-code").text();

		MvcResult wrongCode = steps.track(number, "AAAAAAAA");
		MvcResult unknownNumber = steps.track("YS2026-99999", code);
		assertThat(wrongCode.getResponse().getStatus()).isEqualTo(404);
		assertThat(unknownNumber.getResponse().getStatus()).isEqualTo(404);
		Document wrong = ApplyFormSteps.page(wrongCode);
		Document unknown = ApplyFormSteps.page(unknownNumber);
		assertThat(wrong.selectFirst("#track-not-found").text()).isEqualTo("申请编号或查询码不正确，请核对后重新输入。");
		assertThat(wrong.selectFirst("main").text()).isEqualTo(unknown.selectFirst("main").text());
		assertThat(wrong.select("#request-status")).isEmpty();

		assertThat(steps.track(number.toLowerCase(), code.toLowerCase()).getResponse().getStatus())
			.as("typed in lower case").isEqualTo(200);
		Document blank = ApplyFormSteps.page(steps.track(number, ""));
		assertThat(blank.selectFirst("#queryCode-error").text()).isEqualTo("请填写查询码。");
		assertThat(blank.selectFirst("#trackingNumber").val()).isEqualTo(number);
	}

	@Test
	void withdrawingAsksForConfirmationFirst() throws Exception {
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		Document receipt = steps.receipt(steps.submit(steps.openForm(), ApplyFormSteps.person("养老保险待遇调整通知")));
		String number = receipt.selectFirst("#tracking-number").text();
		String code = receipt.selectFirst("#query-code").text();

		Document confirm = ApplyFormSteps.page(withdraw(steps, number, code, null));
		assertThat(confirm.selectFirst("h1").text()).isEqualTo("确认撤回申请 " + number + "？");
		assertThat(confirm.select("#withdraw-confirm, #withdraw-cancel")).hasSize(2);
		assertThat(ApplyFormSteps.page(steps.track(number, code)).selectFirst("#request-status").text()).isEqualTo("已受理");

		assertThat(withdraw(steps, number, "AAAAAAAA", "yes").getResponse().getStatus()).isEqualTo(404);
		MvcResult done = withdraw(steps, number, code, "yes");
		Document page = ApplyFormSteps.page(done);
		assertThat(page.selectFirst(".notice").text()).isEqualTo("申请已撤回。");
		assertThat(page.selectFirst("#request-status").text()).isEqualTo("已办结");
		assertThat(page.select(".request-facts").text()).contains("申请人撤回");
		assertThat(page.select(".timeline-table").text()).contains("申请人撤回申请");
		assertThat(page.select("#withdraw")).isEmpty();
		assertThat(ApplyFormSteps.page(withdraw(steps, number, code, "yes")).select(".notice.error").text())
			.contains("不能撤回");
	}

	@Test
	void pagesWithCaseDataAreNeverStored() throws Exception {
		ApplyFormSteps steps = new ApplyFormSteps(mvc);
		MvcResult submitted = steps.submit(steps.openForm(), ApplyFormSteps.person("技工院校招生计划"));
		MvcResult receipt = mvc.perform(get(submitted.getResponse().getRedirectedUrl()).session(steps.session)).andReturn();
		assertThat(receipt.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		Document receiptPage = ApplyFormSteps.page(receipt);
		MvcResult tracked = steps.track(receiptPage.selectFirst("#tracking-number").text(),
				receiptPage.selectFirst("#query-code").text());
		assertThat(tracked.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(steps.track("YS2026-99999", "AAAAAAAA").getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(mvc.perform(get("/track")).andReturn().getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(mvc.perform(get("/apply")).andReturn().getResponse().getHeader("Cache-Control"))
			.as("the empty form is private too").startsWith("private");
	}

	private MvcResult withdraw(ApplyFormSteps steps, String number, String code, String confirm) throws Exception {
		var request = post("/track/withdraw").param("trackingNumber", number).param("queryCode", code);
		if (confirm != null) {
			request.param("confirm", confirm);
		}
		return mvc.perform(request.session(steps.session).with(csrf())).andReturn();
	}

	private long unit(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
	}

}

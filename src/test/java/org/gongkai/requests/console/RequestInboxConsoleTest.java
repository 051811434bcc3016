package org.gongkai.requests.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongkai.identity.UnitManagement;
import org.gongkai.requests.Applications;
import org.gongkai.requests.CaseHandling;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestClockConfig;

/**
 * Who sees which applications in the console, and where identity numbers appear: the office sees every unit's,
 * a handler only their unit's, editors and administrators none; the number is absent from the inbox and shown in
 * full on the case page, each view audited.
 */
@GongkaiTest
class RequestInboxConsoleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

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

	@BeforeEach
	void cases() {
		cases = new Cases(applications, handling, units, staff, clock);
	}

	@AfterEach
	void reset() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
	}

	@Test
	void theOfficeSeesEveryUnitsApplicationsAHandlerOnlyHisUnitsAndOthersNone() throws Exception {
		Cases.Case legal = cases.applied(LocalDate.of(2026, 11, 2), "法规处", "2026年行政复议案件统计表");
		Cases.Case employment = cases.appliedBy("李四", Cases.LI_ID, LocalDate.of(2026, 11, 2), "就业处",
				"2026年就业补助资金分配表");
		clock.set(TestClockConfig.START);
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		RequestPostProcessor handler = Sessions.demo(mvc, "handler");

		inbox(office, legal.trackingNumber()).andExpect(content().string(containsString("2026年行政复议案件统计表")));
		inbox(office, employment.trackingNumber()).andExpect(content().string(containsString("李四")))
			.andExpect(content().string(containsString("就业处")));
		inbox(handler, legal.trackingNumber()).andExpect(content().string(containsString(row(legal.trackingNumber()))));
		inbox(handler, employment.trackingNumber())
			.andExpect(content().string(not(containsString(row(employment.trackingNumber())))))
			.andExpect(content().string(containsString("没有符合条件的申请")));
		mvc.perform(get("/admin/requests/{id}", employment.id()).with(handler)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/requests").with(handler))
			.andExpect(content().string(not(containsString("登记当面、信函或传真申请"))));

		for (String other : new String[] { "editor", "reviewer" }) {
			RequestPostProcessor member = Sessions.demo(mvc, other);
			mvc.perform(get("/admin/requests").with(member))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("只有公开办和申请承办人")));
			mvc.perform(get("/admin").with(member)).andExpect(content().string(not(containsString("href=\"/admin/requests\""))));
		}
		mvc.perform(get("/admin/requests/{id}", legal.id()).with(Sessions.admin(mvc))).andExpect(status().isNotFound());
		mvc.perform(get("/admin").with(Sessions.admin(mvc)))
			.andExpect(content().string(not(containsString("href=\"/admin/requests\""))));
		mvc.perform(get("/admin").with(office)).andExpect(content().string(containsString("href=\"/admin/requests\"")));
		mvc.perform(get("/admin").with(handler)).andExpect(content().string(containsString("依申请公开")));
	}

	@Test
	void theIdentityNumberIsOnlyOnTheCasePageAndEveryViewIsAudited() throws Exception {
		Cases.Case legal = cases.applied(LocalDate.of(2026, 11, 3), "法规处", "2025年度劳动人事争议仲裁案件汇总");
		clock.set(TestClockConfig.START);
		RequestPostProcessor handler = Sessions.demo(mvc, "handler");

		inbox(handler, legal.trackingNumber()).andExpect(content().string(containsString("张三")))
			.andExpect(content().string(not(containsString(Cases.ZHANG_ID))))
			.andExpect(content().string(not(containsString("430104********1230"))));

		int before = views(legal.trackingNumber());
		mvc.perform(get("/admin/requests/{id}", legal.id()).with(handler))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(Cases.ZHANG_ID)))
			.andExpect(content().string(containsString("您的每次查看都已记入审计日志")));
		assertThat(views(legal.trackingNumber())).isEqualTo(before + 1);
		mvc.perform(get("/admin/requests/{id}", legal.id()).with(handler)).andExpect(status().isOk());
		assertThat(views(legal.trackingNumber())).isEqualTo(before + 2);
		assertThat(jdbc.queryForObject("select actor from audit_entry where action = 'request.viewed' and object_id = ? "
				+ "order by id desc limit 1", String.class, legal.trackingNumber())).isEqualTo("handler");
	}

	@Test
	void overdueAndDueSoonTabsAndTheNavigationBadge() throws Exception {
		Cases.Case late = cases.applied(LocalDate.of(2026, 10, 9), "法规处", "2026年第三季度社保基金监督检查报告");
		Cases.Case recent = cases.applied(LocalDate.of(2026, 11, 2), "法规处", "2026年规范性文件清理结果");
		clock.set(TestClockConfig.START.plus(Duration.ofMinutes(5)));
		RequestPostProcessor handler = Sessions.demo(mvc, "handler");

		mvc.perform(get("/admin/requests").param("view", "overdue").param("q", late.trackingNumber()).with(handler))
			.andExpect(content().string(containsString(row(late.trackingNumber()))))
			.andExpect(content().string(containsString("已逾期")));
		mvc.perform(get("/admin/requests").param("view", "overdue").param("q", recent.trackingNumber()).with(handler))
			.andExpect(content().string(not(containsString(row(recent.trackingNumber())))));
		// Received Monday 2 November: 20 working days end on Monday 30 November, 1 working day after today.
		mvc.perform(get("/admin/requests").param("view", "due").param("within", "3").param("q", recent.trackingNumber())
			.with(handler))
			.andExpect(content().string(containsString("2026-11-30")))
			.andExpect(content().string(containsString("剩余 1 个工作日")));
		mvc.perform(get("/admin/requests").param("view", "closed").param("q", recent.trackingNumber()).with(handler))
			.andExpect(content().string(not(containsString(row(recent.trackingNumber())))));
		mvc.perform(get("/admin").with(handler)).andExpect(content().string(containsString("件逾期")));
	}

	@Test
	void aRowWithoutFlagsHasNoFlagsLabelForPhonesToShow() throws Exception {
		Cases.Case late = cases.applied(LocalDate.of(2026, 10, 9), "法规处", "2026年第三季度社保基金监督检查报告");
		Cases.Case recent = cases.applied(LocalDate.of(2026, 11, 2), "法规处", "2026年规范性文件清理结果");
		clock.set(TestClockConfig.START.plus(Duration.ofMinutes(5)));
		RequestPostProcessor handler = Sessions.demo(mvc, "handler");

		Element lateFlags = flagsCell(handler, late.trackingNumber());
		assertThat(lateFlags.attr("data-label")).isEqualTo("提示");
		assertThat(lateFlags.hasClass("no-flags")).isFalse();
		Element recentFlags = flagsCell(handler, recent.trackingNumber());
		assertThat(recentFlags.select(".badge")).isEmpty();
		assertThat(recentFlags.hasAttr("data-label")).as("a flags label over no flag").isFalse();
		assertThat(recentFlags.hasClass("no-flags")).isTrue();
	}

	private Element flagsCell(RequestPostProcessor who, String trackingNumber) throws Exception {
		String html = inbox(who, trackingNumber).andReturn().getResponse().getContentAsString();
		Element cell = Jsoup.parse(html).selectFirst("tr:has(a:containsOwn(" + trackingNumber + ")) td.flags");
		assertThat(cell).as("the flags cell of %s", trackingNumber).isNotNull();
		return cell;
	}

	private org.springframework.test.web.servlet.ResultActions inbox(RequestPostProcessor who, String query)
			throws Exception {
		return mvc.perform(get("/admin/requests").param("q", query).with(who)).andExpect(status().isOk());
	}

	/** The tracking number as the link of a row of the inbox. */
	static String row(String trackingNumber) {
		return "\">" + trackingNumber + "</a>";
	}

	private int views(String trackingNumber) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = 'request.viewed' and object_id = ?",
				Integer.class, trackingNumber);
	}

}

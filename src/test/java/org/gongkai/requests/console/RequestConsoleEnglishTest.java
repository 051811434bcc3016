package org.gongkai.requests.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongkai.common.DisplaySwitches;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.UnitManagement;
import org.gongkai.requests.Applications;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.ConsultationOutcome;
import org.gongkai.requests.ReplyType;
import org.gongkai.requests.StopKind;
import org.gongkai.support.ChineseText;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestClockConfig;

/**
 * The requests console in English: dates as English writes them, units by their English names, articles cited
 * Art. 32, and Chinese only where staff or applicants wrote it, marked lang="zh-CN".
 */
@GongkaiTest
class RequestConsoleEnglishTest {

	static final Cookie ENGLISH = new Cookie(DisplaySwitches.LANGUAGE_COOKIE, "en");

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

	@BeforeEach
	void setUp() {
		cases = new Cases(applications, handling, units, staff, clock);
	}

	@AfterEach
	void reset() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
	}

	@Test
	void theInboxInEnglishShowsEnglishDatesAndUnitNames() throws Exception {
		Cases.Case c = cases.applied(LocalDate.of(2026, 11, 2), "法规处", "2026年技工院校教师职称评审结果");
		cases.on(LocalDate.of(2026, 11, 3));
		Document inbox = Jsoup.parse(page("/admin/requests?q=" + c.trackingNumber(), Sessions.demo(mvc, "office")));
		String row = inbox.select("tr:has(a:contains(" + c.trackingNumber() + "))").text();
		assertThat(row).contains("2 Nov 2026", "Legal Affairs Division")
			.containsPattern("\\d{1,2} (Nov|Dec) 2026\\s+\\d+ working days? left")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
		assertThat(inbox.select(".whoami").text()).contains("(General Office)");
		assertThat(inbox.select("#inbox-unit option").eachText()).contains("Legal Affairs Division");
	}

	@Test
	void aCaseInEnglishShowsEnglishDatesUnitsAndArticlesAndStaffTextMarkedChinese() throws Exception {
		Cases.Case c = cases.applied(LocalDate.of(2026, 11, 2), "法规处", "2026年技工院校教师职称评审结果");
		cases.on(LocalDate.of(2026, 11, 9));
		SignedIn.as(staff, "handler");
		handling.startConsultation(CurrentStaff.require(), c.id(), StopKind.THIRD_PARTY, "某职业技术学院");
		long stop = handling.view(CurrentStaff.require(), c.id()).stops().get(0).id();
		cases.on(LocalDate.of(2026, 11, 12));
		handling.recordConsultationAnswer(CurrentStaff.require(), c.id(), stop, LocalDate.of(2026, 11, 12),
				ConsultationOutcome.CONSENTED, "同意公开");
		handling.proposeExtension(CurrentStaff.require(), c.id(), 10, "需向院校核实评审材料。");
		SignedIn.signOut();
		SignedIn.as(staff, "officehead");
		handling.decideExtension(CurrentStaff.require(), c.id(), true);
		SignedIn.signOut();
		SignedIn.as(staff, "handler");
		handling.decide(CurrentStaff.require(), c.id(), cases.itemIds(c.id()).get(0), ReplyType.DISCLOSED, null, null,
				List.of());
		SignedIn.signOut();

		String html = page("/admin/requests/" + c.id(), Sessions.demo(mvc, "handler"));
		Document page = Jsoup.parse(html);
		assertThat(page.select(".facts").text()).contains("2 Nov 2026", "Legal Affairs Division")
			.doesNotContain("2026-11-02");
		assertThat(page.select(".case-stops").text()).contains("9 Nov 2026", "12 Nov 2026");
		assertThat(page.select(".clock-statement").text()).contains("Art. 32").doesNotContain("第三十二条");
		assertThat(page.select(".case-timeline").text()).contains("Legal Affairs Division", "12 Nov 2026")
			.doesNotContain("2026-11-12");
		assertThat(page.select("[lang=zh-CN]").eachText()).contains("某职业技术学院", "需向院校核实评审材料。",
				"2026年技工院校教师职称评审结果");
		assertThat(ChineseText.outsideChineseContent(html, "body")).isEmpty();
	}

	@Test
	void everyDemoApplicationsPagesInEnglishShowChineseOnlyWhereMarked() throws Exception {
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		Map<String, List<String>> chinese = new LinkedHashMap<>();
		String inbox = page("/admin/requests?view=all", office);
		chinese.put("inbox", ChineseText.outsideChineseContent(inbox, "body"));
		Matcher cases = Pattern.compile("href=\"(/admin/requests/\\d+)\"").matcher(inbox);
		while (cases.find()) {
			chinese.put(cases.group(1), ChineseText.outsideChineseContent(page(cases.group(1), office), "body"));
		}
		for (String other : List.of("/admin", "/admin/requests/new", "/admin/requests/statistics",
				"/admin/requests/letter-templates")) {
			chinese.put(other, ChineseText.outsideChineseContent(page(other, office), "body"));
		}
		assertThat(chinese).hasSizeGreaterThan(8)
			.allSatisfy((page, texts) -> assertThat(texts).as("Chinese not marked lang=\"zh-CN\" on %s", page).isEmpty());
	}

	@Test
	void chinesePagesKeepTheirIsoDates() throws Exception {
		Cases.Case c = cases.applied(LocalDate.of(2026, 11, 2), "法规处", "2026年技工院校教师职称评审结果");
		Document page = Jsoup.parse(mvc.perform(get("/admin/requests/" + c.id()).with(Sessions.demo(mvc, "handler")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".facts").text()).contains("2026-11-02", "法规处");
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).cookie(ENGLISH).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

}

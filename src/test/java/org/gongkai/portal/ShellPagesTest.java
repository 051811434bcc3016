package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The shell as the modules fill it: the navigation, the home page's blocks, the console's menu and the dashboard's
 * cards come from the modules that exist; a section no module serves is the site's 404.
 */
@GongkaiTest
class ShellPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theNavigationListsTheSectionsOfTheModulesInTheNationalOrder() throws Exception {
		Document home = page(get("/"), null);
		assertThat(home.select(".site-nav a").eachText()).containsSubsequence("公开指南", "公开目录", "依申请公开", "政策解读",
				"征求意见", "权责清单", "办事服务")
			.doesNotContain("年度报告");
		assertThat(home.select("ul.cards h3 a").eachAttr("href")).containsExactly("/guide", "/catalogue", "/apply",
				"/interpretations", "/consultations", "/powers", "/services");
	}

	/** No handler at all (no placeholder page): the container's 404, the site's page (BrowserJourneyIT renders it). */
	@Test
	void aSectionWithoutItsModuleIsNotFound() throws Exception {
		for (String path : List.of("/data", "/interaction", "/annual-reports")) {
			mvc.perform(get(path)).andExpect(status().isNotFound());
		}
	}

	@Test
	void theHomePageShowsTheLatestOfEachSectionWithDatesAndAWayToTheRest() throws Exception {
		Document home = page(get("/"), null);
		assertThat(home.select(".home-block h2").eachText()).containsExactly("通知公告", "政策文件", "正在征求意见", "政策解读",
				"常用服务", "本年度依申请公开情况");
		Element notices = block(home, "通知公告");
		assertThat(notices.select(".home-items li")).as("the latest notices, at most six").hasSizeBetween(1, 6);
		assertThat(notices.select(".home-items li")).allMatch(item -> item.select("a[href^='/catalogue/documents/']").size() == 1
				&& item.select("time").attr("datetime").matches("\\d{4}-\\d{2}-\\d{2}"));
		assertThat(notices.select("a.home-block-more").attr("href")).startsWith("/catalogue?type=");
		assertThat(notices.select(".home-updated").text()).startsWith("更新日期：");
		assertThat(block(home, "政策文件").select(".home-items li")).hasSizeGreaterThan(1);
		Element consultations = block(home, "正在征求意见");
		assertThat(consultations.select(".home-items li")).isNotEmpty();
		assertThat(consultations.select(".home-item-note").first().text()).endsWith("截止");
		assertThat(block(home, "本年度依申请公开情况").select(".home-figures dt").eachText()).containsExactly("收到申请（件）",
				"已答复（件）", "按时答复（件）");
	}

	@Test
	void theHomePageIsCachedWithValidators() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "public, max-age=60"))
			.andReturn()
			.getResponse();
		assertThat(first.getHeader("ETag")).isNotBlank();
		mvc.perform(get("/").header("If-None-Match", first.getHeader("ETag"))).andExpect(status().isNotModified());
	}

	@Test
	void theConsoleMenuHoldsTheEntriesEachModuleOffersTheMember() throws Exception {
		Document office = page(get("/admin"), Sessions.demo(mvc, "office"));
		assertThat(office.select(".site-nav li a").eachAttr("href")).containsExactly("/admin", "/admin/documents",
				"/admin/documents/review", "/admin/catalogue", "/admin/powers", "/admin/services", "/admin/requests", "/admin/interpretations", "/admin/consultations",
				"/admin/decisions", "/admin/approvals", "/admin/publicity", "/admin/audit", "/admin/mail", "/admin/requests/statistics",
				"/admin/requests/letter-templates", "/admin/calendar", "/admin/search", "/admin/tokens",
				"/admin/password", "/");
		assertThat(office.select(".site-nav a[href='/admin/requests'] .nav-count").text()).matches("\\d+ 件逾期");

		Document editor = page(get("/admin"), Sessions.demo(mvc, "editor"));
		assertThat(editor.select(".site-nav li a").eachAttr("href")).contains("/admin/documents", "/admin/services",
				"/admin/tokens")
			.doesNotContain("/admin/requests", "/admin/audit", "/admin/units", "/admin/search");
	}

	@Test
	void theDashboardShowsTheCardsOfEachModuleForTheRole() throws Exception {
		Document admin = page(get("/admin"), Sessions.admin(mvc));
		assertThat(admin.select(".dashboard-cards h3 a").eachAttr("href")).containsSubsequence("/admin/units",
				"/admin/users", "/admin/audit", "/admin/calendar", "/admin/tokens");
		Document office = page(get("/admin"), Sessions.demo(mvc, "office"));
		assertThat(office.select(".dashboard-cards h3 a").eachText()).contains("逾期申请", "即将到期的申请");
		assertThat(office.select(".dashboard-cards li.card-overdue").text()).contains("已超过答复期限");
		Document editor = page(get("/admin"), Sessions.demo(mvc, "editor"));
		assertThat(editor.select(".dashboard-cards h3 a").eachAttr("href")).contains("/admin/tokens")
			.doesNotContain("/admin/units", "/admin/audit")
			.noneMatch(href -> href.startsWith("/admin/requests"));
	}

	@Test
	void aRefusalInTheConsoleSaysWhyAndLeadsBackToItsMenuEntry() throws Exception {
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		MockHttpServletResponse response = mvc.perform(get("/admin/requests/999999").with(office))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse();
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("main h1").text()).isEqualTo("页面不存在");
		assertThat(page.select("main .notice.error").text()).isEqualTo("未找到该申请，或您无权办理。");
		assertThat(page.select("main a").last().attr("href")).isEqualTo("/admin/requests");
		assertThat(page.select("main a").last().text()).isEqualTo("返回依申请公开");

		Document document = Jsoup.parse(mvc.perform(get("/admin/documents/999999").with(office))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(document.select("main .notice.error").text()).isEqualTo("文件 999,999 不存在");
		assertThat(document.select("main a").last().attr("href")).isEqualTo("/admin/documents");
	}

	private static Element block(Document home, String heading) {
		return home.select(".home-block").stream()
			.filter(b -> b.select("h2").text().equals(heading))
			.findFirst()
			.orElseThrow();
	}

	private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor session) throws Exception {
		if (session != null) {
			request.with(session);
		}
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}

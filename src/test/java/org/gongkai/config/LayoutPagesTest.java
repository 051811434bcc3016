package org.gongkai.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.gongkai.common.DisplaySwitches;
import org.gongkai.support.ChineseText;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What every public page shares: the toolbar's switches, the footer, English names, the favicon. */
@GongkaiTest
class LayoutPagesTest {

	static final Cookie ENGLISH = new Cookie(DisplaySwitches.LANGUAGE_COOKIE, "en");

	@Autowired
	MockMvc mvc;

	@Test
	void switchingToEnglishOnASearchKeepsTheSearchWords() throws Exception {
		mvc.perform(get("/search").queryParam("q", "失业保险金"))
			.andExpect(content().string(containsString(
					"href=\"/search?q=%E5%A4%B1%E4%B8%9A%E4%BF%9D%E9%99%A9%E9%87%91&amp;lang=en\"")));
	}

	@Test
	void aQueryCannotBreakOutOfTheSwitchLink() throws Exception {
		mvc.perform(get("/catalogue").queryParam("x", "\"><script>"))
			.andExpect(content().string(allOf(containsString("href=\"/catalogue?x=%22%3E%3Cscript%3E&amp;lang=en\""),
					not(containsString("\"><script>")))));
	}

	@Test
	void theFooterLinksTheRegistrationsAndShowsTheFullContacts() throws Exception {
		mvc.perform(get("/guide"))
			.andExpect(content().string(allOf(containsString("href=\"https://beian.miit.gov.cn/\""),
					containsString("href=\"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43000000000000\""),
					containsString("/img/conac"), containsString("/img/error-report"),
					containsString("邮编：410000"), containsString("传真：0731-00000000"),
					containsString("mailto:xxgk@rst.example.gov.cn"), containsString("网站标识码：4300000077"))));
	}

	@Test
	void theGuideNoLongerSaysFaxAndEmailAreToBeAnnounced() throws Exception {
		mvc.perform(get("/guide"))
			.andExpect(content().string(allOf(not(containsString("传真：待公布")), not(containsString("电子邮箱：待公布")),
					containsString("电子邮箱：xxgk@rst.example.gov.cn"))));
	}

	@Test
	void englishPagesShowTheEnglishSiteCategoryUnitAndTypeNames() throws Exception {
		mvc.perform(get("/catalogue").cookie(ENGLISH))
			.andExpect(content().string(allOf(
					containsString("Catalogue - Hunan Human Resources and Social Security: Open Government</title>"),
					containsString("Employment and business start-ups"), containsString("Employment Promotion Division"),
					containsString(">Normative documents<"), not(containsString(">就业创业<")))));
	}

	@Test
	void chineseTitlesOnEnglishListsAreMarkedAsChinese() throws Exception {
		for (String list : new String[] { "/interpretations", "/consultations", "/decisions" }) {
			String page = mvc.perform(get(list).cookie(ENGLISH)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			Matcher titles = Pattern.compile("<a href=\"" + list + "/\\d+\"([^>]*)>").matcher(page);
			assertThat(titles.find()).as("a record listed on %s", list).isTrue();
			do {
				assertThat(titles.group(1)).as("a title's link on %s", list).contains("lang=\"zh-CN\"");
			}
			while (titles.find());
		}
	}

	@Test
	void thePrintViewHasAPrintButtonAndPrintsTheSourceAndDate() throws Exception {
		String catalogue = mvc.perform(get("/catalogue")).andReturn().getResponse().getContentAsString();
		Matcher document = Pattern.compile("/catalogue/documents/(\\d+)").matcher(catalogue);
		assertThat(document.find()).isTrue();
		mvc.perform(get("/catalogue/documents/" + document.group(1) + "/print"))
			.andExpect(content().string(allOf(containsString("<button type=\"button\" data-print hidden>"),
					containsString("/js/print"), containsString("本文来源：http://localhost/catalogue/documents/"),
					containsString("打印日期："))));
	}

	@Test
	void consolePageTitlesEndWithTheSiteName() throws Exception {
		mvc.perform(get("/admin/login"))
			.andExpect(content().string(containsString(" - 湖南省人力资源和社会保障厅政务公开</title>")));
	}

	@Test
	void theFaviconIsServedAndKeptByBrowsers() throws Exception {
		mvc.perform(get("/favicon.svg"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
		mvc.perform(get("/")).andExpect(content().string(containsString("rel=\"icon\"")));
	}

	@Test
	void englishPublicPagesShowChineseOnlyInsideContentMarkedChinese() throws Exception {
		Map<String, List<String>> chinese = new LinkedHashMap<>();
		chinese.put("/", ChineseText.outsideChineseContent(english("/")));
		for (String list : new String[] { "/interpretations", "/consultations", "/decisions" }) {
			String page = english(list);
			chinese.put(list, ChineseText.outsideChineseContent(page));
			Matcher record = Pattern.compile("<a href=\"(" + list + "/\\d+)\"").matcher(page);
			assertThat(record.find()).as("a record listed on %s", list).isTrue();
			chinese.put(record.group(1), ChineseText.outsideChineseContent(english(record.group(1))));
		}
		assertThat(chinese).as("Chinese texts not marked lang=\"zh-CN\" on English pages")
			.allSatisfy((page, texts) -> assertThat(texts).as(page).isEmpty());
	}

	@Test
	void englishCatalogueAndSearchPagesShowChineseOnlyInsideContentMarkedChinese() throws Exception {
		Map<String, List<String>> chinese = new LinkedHashMap<>();
		String catalogue = english("/catalogue");
		chinese.put("/catalogue", ChineseText.outsideChineseContent(catalogue));
		Matcher documents = Pattern.compile("<a lang=\"zh-CN\" href=\"(/catalogue/documents/\\d+)\"").matcher(catalogue);
		List<String> issuers = new java.util.ArrayList<>();
		for (int i = 0; i < 8 && documents.find(); i++) {
			String document = english(documents.group(1));
			chinese.put(documents.group(1), ChineseText.outsideChineseContent(document));
			issuers.add(org.jsoup.Jsoup.parse(document).select("th:containsOwn(Issuing body) + td").text());
		}
		assertThat(chinese).as("the catalogue and some of its documents").hasSizeGreaterThan(4);
		assertThat(issuers).as("an issuing body that is a unit, by its English name").contains("Legal Affairs Division");
		chinese.put("/search results", ChineseText.outsideChineseContent(
				english("/search?q=%E5%B0%B1%E4%B8%9A"), ".search-results"));
		assertThat(chinese).as("Chinese texts not marked lang=\"zh-CN\" on English pages")
			.allSatisfy((page, texts) -> assertThat(texts).as(page).isEmpty());
	}

	private String english(String path) throws Exception {
		return mvc.perform(get(path).cookie(ENGLISH)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

}

package org.gongkai.consultation.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.gongkai.support.ChineseText;
import org.gongkai.support.GongkaiTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The consultation pages as a citizen meets them: the list by phase, a draft's page in each phase (the form while
 * open, when comments open, that they closed, the feedback), and the file download.
 */
@GongkaiTest
class ConsultationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	ConsultationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ConsultationFixtures(context);
	}

	@Test
	void theListShowsOpenConsultationsWithDaysLeftAndEachPhaseUnderItsTab() throws Exception {
		long open = fixtures.open("页面测试：开放中的办法");
		long upcoming = fixtures.upcoming("页面测试：即将开始的办法");
		long closed = fixtures.closed("页面测试：已截止的办法");

		String list = page("/consultations");
		assertThat(list).contains("页面测试：开放中的办法", "还剩30天", "就业处", "href=\"/decisions\"",
				"href=\"/consultations/" + open + "\"")
			.doesNotContain("页面测试：即将开始的办法", "页面测试：已截止的办法");
		assertThat(list).contains("aria-current=\"page\"");
		assertThat(page("/consultations?phase=upcoming")).contains("页面测试：即将开始的办法", "即将开始")
			.doesNotContain("页面测试：开放中的办法");
		assertThat(page("/consultations?phase=closed")).contains("页面测试：已截止的办法", "href=\"/consultations/" + closed + "\"")
			.doesNotContain("页面测试：开放中的办法");
		assertThat(page("/consultations?phase=all")).contains("页面测试：开放中的办法", "页面测试：即将开始的办法",
				"页面测试：已截止的办法", "/consultations/" + upcoming);
	}

	@Test
	void anOpenDraftShowsItsArticlesTheReasonForAShortPeriodAndTheCommentForm() throws Exception {
		long id = fixtures.openShortened("页面测试：期限缩短的办法", "落实国务院紧急部署");
		long article3 = fixtures.articleId(id, 3);
		fixtures.comment(id, article3, "李女士", "建议将补贴标准提高到每人每月800元。");
		fixtures.comment(id, null, null, "整体上赞成，建议尽快出台。");
		fixtures.approveAll(id);

		String html = page("/consultations/" + id);
		assertThat(html).contains("征求意见中", "落实国务院紧急部署", "就业促进处，0731-00000000", "id=\"comment-form\"",
				"id=\"article-" + article3 + "\"", "第三条", "按每人每月500元", "对本条提意见",
				"/consultations/" + id + "?article=" + article3 + "#comment-form", "不超过2000个字", "任何时候都不会公开");
		String beside = html.substring(html.indexOf("id=\"article-" + article3 + "\""),
				html.indexOf("id=\"general-comments\""));
		assertThat(beside).contains("本条意见（1）", "李女士", "建议将补贴标准提高到每人每月800元。")
			.doesNotContain("整体上赞成");
		assertThat(html.substring(html.indexOf("id=\"general-comments\""))).contains("整体上赞成，建议尽快出台。", "匿名");

		String chosen = page("/consultations/" + id + "?article=" + article3);
		assertThat(chosen).containsPattern("<option value=\"" + article3 + "\" selected=\"selected\">第三条</option>");
		assertThat(page("/consultations/" + id + "?article=999999")).doesNotContain("selected=\"selected\">第");
	}

	@Test
	void anUpcomingDraftSaysWhenCommentsOpenAndHasNoForm() throws Exception {
		long id = fixtures.upcoming("页面测试：尚未开始的办法");
		String html = page("/consultations/" + id);
		assertThat(html).contains("即将开始", "征求意见将于" + chinese(fixtures.today().plusDays(5)) + "开始")
			.doesNotContain("id=\"comment-form\"", "对本条提意见");
	}

	@Test
	void aClosedDraftSaysWhenCommentsClosedAndThatTheFeedbackIsBeingPrepared() throws Exception {
		long id = fixtures.closed("页面测试：截止待反馈的办法");
		String html = page("/consultations/" + id);
		assertThat(html).contains("已截止", "征求意见已于" + chinese(fixtures.today().minusDays(10)) + "截止", "正在整理意见采纳情况")
			.doesNotContain("id=\"comment-form\"", "id=\"feedback\"");
	}

	@Test
	void aConcludedDraftShowsTheFeedbackAboveTheDraftWithTheDecisionLinked() throws Exception {
		long id = fixtures.concluded("页面测试：已反馈的办法");
		long decision = fixtures.decisionDocument();
		String html = page("/consultations/" + id);
		assertThat(html).contains("id=\"feedback\"", "意见采纳情况", "共收到意见1条，部分采纳1条。", "关于补贴发放方式",
				"部分采纳", "按月申领、按季度集中审核", "涉及意见1条", "href=\"/catalogue/documents/" + decision + "\"")
			.doesNotContain("id=\"comment-form\"");
		assertThat(html.indexOf("id=\"feedback\"")).isLessThan(html.indexOf("id=\"draft-title\""));
		assertThat(html).contains("王先生", "建议补贴按季度发放。").doesNotContain("wang@example.com");
		assertThat(page("/consultations?phase=concluded")).contains("页面测试：已反馈的办法", "已反馈");
	}

	@Test
	void aFileDownloadsUnderItsChineseName() throws Exception {
		long id = fixtures.open("页面测试：带附件的办法");
		byte[] pdf = "%PDF-1.4\n% 测试\n".getBytes(StandardCharsets.UTF_8);
		long file = fixtures.attach(id, "起草说明.pdf", pdf);
		assertThat(page("/consultations/" + id)).contains("/consultations/" + id + "/files/" + file, "起草说明.pdf");

		MvcResult download = mvc.perform(get("/consultations/{id}/files/{file}", id, file)).andReturn();
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"____.pdf\"; filename*=UTF-8''%E8%B5%B7%E8%8D%89%E8%AF%B4%E6%98%8E.pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
		assertThat(mvc.perform(get("/consultations/{id}/files/{file}", id, file + 1000)).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void anUnknownConsultationIsNotFound() throws Exception {
		assertThat(mvc.perform(get("/consultations/987654")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	static String chinese(java.time.LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	@Test
	void inEnglishTheDraftingUnitAndTheDatesAreEnglishAndTheHomePageSaysWhenACommentPeriodCloses() throws Exception {
		long id = fixtures.open("页面测试：英文页面上的办法");
		String closes = fixtures.today().plusDays(30).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
		assertThat(page("/consultations/" + id + "?lang=en")).contains("<dd>Employment Promotion Division</dd>", closes);
		assertThat(page("/consultations/" + id)).contains("<dd>就业处</dd>");
		String home = page("/?lang=en");
		assertThat(home).containsPattern("closes \\d{1,2} [A-Z][a-z]{2} \\d{4}").doesNotContainPattern("closes \\d{4}-");
	}

	@Test
	void inEnglishTheLabelsTheSystemGaveAreEnglishAndTheDraftsOwnArticlesAreMarkedChinese() throws Exception {
		long paragraphs = fixtures.openWithDraft("页面测试：分段的通知", "一、总体要求\n坚持就业优先。\n\n二、主要措施\n加大补贴力度。");
		String english = page("/consultations/" + paragraphs + "?lang=en");
		assertThat(Jsoup.parse(english).select(".article-text h3").eachText()).containsExactly("Paragraph 1",
				"Paragraph 2");
		assertThat(Jsoup.parse(english).select("#articleId option").eachText()).contains("Paragraph 1", "Paragraph 2");
		assertThat(ChineseText.outsideChineseContent(english)).as("Chinese not marked lang=\"zh-CN\"").isEmpty();
		assertThat(Jsoup.parse(page("/consultations/" + paragraphs + "?lang=zh")).select(".article-text h3").eachText())
			.containsExactly("第1段", "第2段");

		long preamble = fixtures.openWithDraft("页面测试：有前言的办法", "为做好稳就业工作，制定本办法。\n第一条　本办法适用于本省。");
		Document page = Jsoup.parse(page("/consultations/" + preamble + "?lang=en"));
		assertThat(page.select(".article-text h3").eachText()).containsExactly("Preamble", "第一条");
		assertThat(page.select(".article-text h3").eachAttr("lang")).containsExactly("zh-CN");
	}

	private String page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}



}

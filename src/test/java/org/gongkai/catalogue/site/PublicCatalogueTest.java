package org.gongkai.catalogue.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.IntStream;

import org.gongkai.catalogue.Attachments;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public catalogue as an anonymous visitor meets it: lists, filters, pages, document pages, downloads. */
@GongkaiTest
class PublicCatalogueTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	Attachments attachments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	SiteFixtures fixtures;

	RequestPostProcessor office;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new SiteFixtures(workflow, attachments, jdbc, clock, mvc);
		office = Sessions.demo(mvc, "office");
	}

	@Test
	void theListShowsPublicDocumentsAndFiltersThemByTypeValidityUnitAndYear() throws Exception {
		long category = fixtures.newCategory(office, "筛选测试分类");
		long notice = fixtures.publish("就业见习补贴申领通知", category);
		long news = fixtures.publish(fixtures.draft("全省就业工作推进会召开", category, "工作动态", "<p>会议</p>"));
		workflow.createDraft(fixtures.office(), fixtures.draft("尚未发布的草稿文件", category, "通知公告", ""));

		Document page = page("/catalogue?category=" + category);
		assertThat(page.select("table.documents a").eachText()).containsExactly("全省就业工作推进会召开", "就业见习补贴申领通知");
		assertThat(page.select("table.documents td.index-number").eachText()).contains(fixtures.indexNumber(notice));
		assertThat(page.text()).doesNotContain("尚未发布的草稿文件");
		assertThat(page.select("h1").text()).isEqualTo("筛选测试分类");

		assertThat(page("/catalogue?category=" + category + "&type=工作动态").select("table.documents a").eachText())
			.containsExactly("全省就业工作推进会召开");
		assertThat(page("/catalogue?category=" + category + "&unit=" + fixtures.employmentUnit() + "&year=2026")
			.select("table.documents a")).hasSize(2);
		assertThat(page("/catalogue?category=" + category + "&year=2025").select(".notice").text())
			.contains("没有符合条件的文件");

		fixtures.repeal(news, LocalDate.of(2026, 12, 1), null);
		Document repealed = page("/catalogue?category=" + category + "&validity=REPEALED");
		assertThat(repealed.select("table.documents a").eachText()).containsExactly("全省就业工作推进会召开");
		assertThat(repealed.select("table.documents .badge.validity").text()).isEqualTo("废止");
	}

	@Test
	void anEmptyFilterFieldLeadsToTheCanonicalUrl() throws Exception {
		mvc.perform(get("/catalogue").param("category", "5").param("unit", "").param("type", "").param("page", ""))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/catalogue?category=5"));
	}

	@Test
	void everyPageIsReachableThroughTheNumberedPagerToTheLast() throws Exception {
		long category = fixtures.newCategory(office, "分页测试分类");
		IntStream.rangeClosed(1, 41).forEach(n -> fixtures.publish("分页测试文件第%02d号".formatted(n), category));

		Document first = page("/catalogue?category=" + category);
		assertThat(first.select("table.documents tbody tr")).hasSize(20);
		assertThat(first.select("table.documents a").first().text()).isEqualTo("分页测试文件第41号");
		assertThat(first.select(".result-count").text()).isEqualTo("共 41 条");
		Element last = first.selectFirst("nav.pager a:contains(末页)");
		assertThat(last.attr("href")).isEqualTo("/catalogue?category=" + category + "&page=3");

		Document third = page(last.attr("href"));
		assertThat(third.select("table.documents a").eachText()).containsExactly("分页测试文件第01号");
		assertThat(third.select("nav.pager a[aria-current=page]").text()).isEqualTo("3");
		assertThat(third.select("nav.pager a:contains(末页)")).isEmpty();
		Document second = page(third.selectFirst("nav.pager a[rel=prev]").attr("href"));
		assertThat(second.select("table.documents a").first().text()).isEqualTo("分页测试文件第21号");

		assertThat(page("/catalogue?category=" + category + "&page=9").select(".notice").text()).contains("最后一页");
		mvc.perform(get("/catalogue").param("page", "0")).andExpect(status().isBadRequest());
		mvc.perform(get("/catalogue").param("page", "abc")).andExpect(status().isBadRequest());
	}

	@Test
	void aDocumentPageShowsTheMetadataTableTheBodyAndTheBannerOfARepealedDocument() throws Exception {
		long category = fixtures.newCategory(office, "文件页面测试分类");
		long old = fixtures.publish(fixtures.draft("旧版失业保险金申领办法", category, "行政规范性文件",
				"<p>第一条 为规范失业保险金申领，制定本办法。</p>"));
		long current = fixtures.publish("新版失业保险金申领办法", category);
		fixtures.repeal(old, LocalDate.of(2026, 12, 1), current);

		Document page = page("/catalogue/documents/" + old);
		assertThat(page.select("h1").text()).isEqualTo("旧版失业保险金申领办法");
		assertThat(metadata(page, "索引号")).isEqualTo(fixtures.indexNumber(old)).startsWith("000014349/2026-");
		assertThat(metadata(page, "信息分类")).isEqualTo("文件页面测试分类");
		assertThat(metadata(page, "发布机构")).isEqualTo("湖南省人力资源和社会保障厅");
		assertThat(metadata(page, "成文日期")).isEqualTo("2026-11-20");
		assertThat(metadata(page, "发布日期")).isEqualTo("2026-11-27");
		assertThat(metadata(page, "生效日期")).isEqualTo("2026-12-01");
		assertThat(metadata(page, "文号")).startsWith("湘人社发〔2026〕");
		assertThat(metadata(page, "主题词")).isEqualTo("就业 公开");
		assertThat(metadata(page, "有效性")).contains("废止", "2026-12-01");
		assertThat(page.select(".document-body p").text()).isEqualTo("第一条 为规范失业保险金申领，制定本办法。");
		assertThat(page.select(".revisions li").text()).contains("第 1 版", "当前版本");

		Element banner = page.selectFirst(".validity-banner");
		assertThat(banner.text()).contains("本文件已于 2026-12-01 废止");
		assertThat(banner.selectFirst("a").attr("href")).isEqualTo("/catalogue/documents/" + current);

		Document successor = page("/catalogue/documents/" + current);
		assertThat(successor.select(".validity-banner")).isEmpty();
		assertThat(successor.selectFirst(".replaces a").attr("href")).isEqualTo("/catalogue/documents/" + old);
		assertThat(successor.select(".related a").eachText()).contains("旧版失业保险金申领办法");
	}

	@Test
	void theIndexNumberLeadsToItsDocument() throws Exception {
		long id = fixtures.publish("按索引号查找的文件", fixtures.category("employment"));
		mvc.perform(get("/catalogue/index/" + fixtures.indexNumber(id)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/catalogue/documents/" + id));
		mvc.perform(get("/catalogue/index/000014349/1999-99999")).andExpect(status().isNotFound());
	}

	@Test
	void aWithdrawnOrUnpublishedDocumentIsNotFoundAnywhere() throws Exception {
		long id = fixtures.publish("即将撤回的文件", fixtures.category("employment"));
		String indexNumber = fixtures.indexNumber(id);
		mvc.perform(get("/catalogue/documents/{id}", id)).andExpect(status().isOk());
		fixtures.withdraw(id);

		mvc.perform(get("/catalogue/documents/{id}", id))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("页面不存在")));
		mvc.perform(get("/catalogue/documents/{id}/print", id)).andExpect(status().isNotFound());
		mvc.perform(get("/catalogue/index/" + indexNumber)).andExpect(status().isNotFound());
		assertThat(page("/catalogue?category=" + fixtures.category("employment")).text()).doesNotContain("即将撤回的文件");

		long draft = workflow.createDraft(fixtures.office(),
				fixtures.draft("只是草稿", fixtures.category("employment"), "通知公告", ""));
		mvc.perform(get("/catalogue/documents/{id}", draft)).andExpect(status().isNotFound());
	}

	@Test
	void anAttachmentDownloadKeepsItsChineseName() throws Exception {
		String name = "关于2026年就业补助资金的通知.pdf";
		long id = fixtures.publishWithAttachment(
				fixtures.draft("带附件的文件", fixtures.category("employment"), "通知公告", "<p>见附件。</p>"), name);
		long attachment = jdbc.queryForObject("select id from catalogue_attachment where document_id = ?", Long.class, id);

		Document page = page("/catalogue/documents/" + id);
		assertThat(page.selectFirst(".attachments a").attr("href")).isEqualTo("/catalogue/attachments/" + attachment);
		assertThat(page.selectFirst(".attachments a").text()).isEqualTo(name);

		MvcResult download = mvc.perform(get("/catalogue/attachments/{id}", attachment))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();
		String disposition = download.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment;").contains("filename=\"2026.pdf\"");
		String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
		assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
		assertThat(download.getResponse().getContentAsByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));

		fixtures.withdraw(id);
		mvc.perform(get("/catalogue/attachments/{id}", attachment)).andExpect(status().isNotFound());
	}

	@Test
	void thePrintViewHasTheDocumentWithoutTheSiteNavigation() throws Exception {
		long id = fixtures.publish("可打印的文件", fixtures.category("employment"));
		Document print = page("/catalogue/documents/" + id + "/print");
		assertThat(print.select("h1").text()).isEqualTo("可打印的文件");
		assertThat(print.select("table.metadata")).hasSize(1);
		assertThat(print.select(".site-nav, .a11y-toolbar, .site-footer")).isEmpty();
		assertThat(print.select("link[rel=canonical]").attr("href")).isEqualTo("/catalogue/documents/" + id);
		assertThat(print.select(".print-source").text()).contains("http://localhost/catalogue/documents/" + id);
	}

	@Test
	void datesAreWrittenInTheReadersLanguage() throws Exception {
		long id = fixtures.publish("日期按语言显示的文件", fixtures.category("regulations"));
		Document chinese = page("/catalogue/documents/" + id);
		assertThat(metadata(chinese, "成文日期")).isEqualTo("2026-11-20");
		assertThat(metadata(chinese, "生效日期")).isEqualTo("2026-12-01");
		Document english = page("/catalogue/documents/" + id + "?lang=en");
		assertThat(metadata(english, "Date formed")).isEqualTo("20 Nov 2026");
		assertThat(metadata(english, "Effective from")).isEqualTo("1 Dec 2026");
		assertThat(english.select(".print-date").text()).contains("27 Nov 2026");
	}

	private Document page(String url) throws Exception {
		String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

	private static String metadata(Document page, String label) {
		return page.selectFirst("table.metadata th:containsOwn(" + label + ")").nextElementSibling().text();
	}

}

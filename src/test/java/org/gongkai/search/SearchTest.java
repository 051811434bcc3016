package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.catalogue.RichText;
import org.gongkai.catalogue.Validity;
import org.gongkai.identity.UnitManagement;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Search as visitors meet it: document numbers however typed, at once after publishing and withdrawing,
 * filters and order, highlighted snippets that cannot carry markup, and bad input answered 400.
 */
@GongkaiTest
class SearchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchService search;

	@Autowired
	KeptSearches kept;

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	Catalogue catalogue;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	Publishing publishing;

	@BeforeEach
	void setUp() {
		publishing = new Publishing(workflow, catalogue, units);
	}

	@Test
	void aDocumentNumberIsFoundHoweverItsBracketsAreTyped() {
		long id = publishing.publish("关于做好2031年高校毕业生就业工作的通知", "湘人社办发〔2031〕7号", null,
				RichText.fromPlainText("各市州人力资源和社会保障局：现将有关事项通知如下。"));
		for (String typed : List.of("湘人社办发〔2031〕7号", "湘人社办发[2031]7号", "湘人社办发(2031)7号",
				"湘人社办发（2031）7号", "湘人社办发【2031】7号", "湘人社办发［2031］7号", " 湘人社办发 [2031] 7号 ")) {
			List<SearchHit> hits = search(typed).items();
			assertThat(hits).as(typed).isNotEmpty();
			assertThat(hits.get(0).id()).as(typed).isEqualTo(id);
			assertThat(hits.get(0).documentNumber()).isEqualTo("湘人社办发〔2031〕7号");
		}
	}

	@Test
	void aPublishedDocumentIsFoundAtOnceAndAWithdrawnOneIsGoneAtOnce() {
		assertThat(search("鸬鹚渡口摆渡补贴").items()).extracting(SearchHit::title)
			.noneMatch(title -> title.contains("鸬鹚渡口"));
		long id = publishing.publish("鸬鹚渡口摆渡补贴发放办法", null, "渡口摆渡人员的补贴标准。",
				RichText.fromPlainText("鸬鹚渡口的摆渡补贴按月发放。"));
		assertThat(search("鸬鹚渡口摆渡补贴").items()).extracting(SearchHit::id).first().isEqualTo(id);

		publishing.withdraw(id);

		assertThat(search("鸬鹚渡口摆渡补贴").items()).extracting(SearchHit::id).doesNotContain(id);
		assertThat(search("鸬鹚渡口").items()).extracting(SearchHit::id).doesNotContain(id);
	}

	@Test
	void keptResultsAnswerARepeatedSearchUntilAPublicationOrWithdrawalChangesThem() {
		SearchRequest request = new SearchRequest("鹈鹕湿地护林员补贴", CatalogueFilter.none(), SearchSort.RELEVANCE, 1);
		SearchResults before = kept.search(request);
		assertThat(kept.search(request)).isSameAs(before);
		assertThat(before.items()).extracting(SearchHit::title).noneMatch(title -> title.contains("鹈鹕湿地"));

		long id = publishing.publish("鹈鹕湿地护林员补贴办法", null, null, RichText.fromPlainText("鹈鹕湿地护林员的补贴。"));
		assertThat(kept.search(request).items()).extracting(SearchHit::id).first().isEqualTo(id);

		publishing.withdraw(id);
		assertThat(kept.search(request).items()).extracting(SearchHit::id).doesNotContain(id);
	}

	@Test
	void aDraftIsNotFound() {
		publishing.draft(publishing.metadata("骆驼养殖技术培训草稿", null, null,
				RichText.fromPlainText("骆驼养殖"), publishing.category("employment"), "通知公告", LocalDate.of(2026, 11, 1)));
		assertThat(search("骆驼养殖").total()).isZero();
	}

	@Test
	void filtersNarrowAndTheDateOrderPutsTheNewestFirst() {
		long employment = publishing.category("employment");
		long child = subcategory(employment);
		long otherUnit = units.active().get(1).id();
		Instant start = clock.instant();
		try {
			// published in the past, so that no test leaves documents dated after the shared clock's today
			clock.set(LocalDate.of(2025, 6, 2).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
			long a = publish(employment, publishing.unitId(), "通知公告", "企鹅", "企鹅饲养员招聘公告");
			clock.advance(Duration.ofDays(1));
			long b = publish(child, publishing.unitId(), "工作动态", "企鹅", "企鹅馆建设工作动态");
			clock.advance(Duration.ofDays(1));
			long c = publish(publishing.category("social-insurance"), otherUnit, "通知公告", "企鹅",
					"企鹅饲养员社会保险办法");
			clock.set(LocalDate.of(2026, 11, 20).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
			long d = publish(employment, publishing.unitId(), "通知公告", "企鹅", "企鹅饲养员培训计划");
			publishing.changeValidity(c, Validity.REPEALED, LocalDate.of(2026, 11, 20));

			assertThat(ids("企鹅", filter(employment, null, null, null, null))).containsExactlyInAnyOrder(a, b, d);
			assertThat(ids("企鹅", filter(child, null, null, null, null))).containsExactly(b);
			assertThat(ids("企鹅", filter(null, otherUnit, null, null, null))).containsExactly(c);
			assertThat(ids("企鹅", filter(null, null, 2026, null, null))).containsExactly(d);
			assertThat(ids("企鹅", filter(null, null, null, "工作动态", null))).containsExactly(b);
			assertThat(ids("企鹅", filter(null, null, null, null, Validity.REPEALED))).containsExactly(c);
			assertThat(search("企鹅").items()).filteredOn(hit -> hit.id() == c)
				.singleElement()
				.satisfies(hit -> assertThat(hit.valid()).isFalse());

			List<Long> newestFirst = search
				.search(new SearchRequest("企鹅", CatalogueFilter.none(), SearchSort.DATE, 1))
				.items()
				.stream()
				.map(SearchHit::id)
				.toList();
			assertThat(newestFirst).containsExactly(d, c, b, a);
			assertThat(search.years()).contains(2026, 2025);
		}
		finally {
			clock.set(start);
		}
	}

	@Test
	void everyPageIsReachable() throws Exception {
		for (int i = 1; i <= 3; i++) {
			publishing.publish("火烈鸟保护第" + i + "号通告", null, null, RichText.fromPlainText("火烈鸟保护"));
		}
		SearchResults first = search.search(new SearchRequest("火烈鸟", CatalogueFilter.none(), SearchSort.DATE, 1, 2));
		SearchResults second = search.search(new SearchRequest("火烈鸟", CatalogueFilter.none(), SearchSort.DATE, 2, 2));
		assertThat(first.total()).isEqualTo(3);
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(first.items()).hasSize(2);
		assertThat(second.items()).hasSize(1).extracting(SearchHit::id).doesNotContainAnyElementsOf(
				first.items().stream().map(SearchHit::id).toList());
		mvc.perform(get("/api/v1/search").param("q", "火烈鸟").param("size", "2").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.items.length()").value(1));
	}

	@Test
	void highlightsMarkTheWordsAndEscapeEverythingElse() throws Exception {
		long id = publishing.publish("穿山甲<img src=x onerror=alert(1)>保护通知", null, null,
				RichText.fromPlainText("第一条 <script>alert('x')</script> 穿山甲是国家重点保护野生动物。"));
		SearchHit hit = search("穿山甲").items().get(0);
		assertThat(hit.id()).isEqualTo(id);
		assertThat(hit.titleHighlight()).contains("<mark>穿山甲</mark>").contains("&lt;img").doesNotContain("<img");
		assertThat(hit.snippet()).contains("<mark>穿山甲</mark>").contains("&lt;script&gt;").doesNotContain("<script");
		assertThat(hit.title()).isEqualTo("穿山甲<img src=x onerror=alert(1)>保护通知");

		mvc.perform(get("/search").param("q", "穿山甲"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>穿山甲</mark>")))
			.andExpect(content().string(not(containsString("<img src=x"))))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void theApiAnswersWithTheDocumentedFields() throws Exception {
		long id = publishing.publish("独角兽企业认定办法", "湘人社发〔2030〕3号", "独角兽企业的认定条件。",
				RichText.fromPlainText("独角兽企业是指成立不超过十年的企业。"));
		mvc.perform(get("/api/v1/search").param("q", "独角兽"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value("独角兽"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].indexNumber").isString())
			.andExpect(jsonPath("$.items[0].title").value("独角兽企业认定办法"))
			.andExpect(jsonPath("$.items[0].titleHighlight").value("<mark>独角兽</mark>企业认定办法"))
			.andExpect(jsonPath("$.items[0].snippet").value(containsString("<mark>独角兽</mark>")))
			.andExpect(jsonPath("$.items[0].documentNumber").value("湘人社发〔2030〕3号"))
			.andExpect(jsonPath("$.items[0].publishedAt").isString())
			.andExpect(jsonPath("$.items[0].validity").value("VALID"))
			.andExpect(jsonPath("$.items[0].url").value("/catalogue/documents/" + id));
	}

	@Test
	void thePageListsResultsWithTheirMetadataAndSaysWhenThereAreNone() throws Exception {
		publishing.publish("大熊猫栖息地保护规定", "湘人社发〔2030〕9号", null, RichText.fromPlainText("大熊猫栖息地"));
		mvc.perform(get("/search").param("q", "大熊猫"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("索引号")))
			.andExpect(content().string(containsString("湘人社发〔2030〕9号")))
			.andExpect(content().string(containsString("发布日期")))
			.andExpect(content().string(containsString("有效")));
		mvc.perform(get("/search").param("q", "zqxjvwk"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有找到与“zqxjvwk”相关的公开文件")));
		mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("role=\"search\"")))
			.andExpect(content().string(not(containsString("search-results"))));
	}

	@Test
	void aBlankOrLongQueryIsRefusedWithAMessage() throws Exception {
		String longQuery = "就".repeat(SearchRequest.MAX_LENGTH + 1);
		mvc.perform(get("/search").param("q", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请输入要搜索的关键词")));
		mvc.perform(get("/search").param("q", longQuery))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("搜索词不能超过 100 个字")));
		mvc.perform(get("/search").param("q", "就业").param("category", "abc")).andExpect(status().isBadRequest());
		mvc.perform(get("/search").param("q", "就业").param("page", "0")).andExpect(status().isBadRequest());
		for (String q : List.of("", "   ", "\u3000", longQuery)) {
			mvc.perform(get("/api/v1/search").param("q", q))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.errors[0].field").value("q"));
		}
		mvc.perform(get("/api/v1/search")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
		mvc.perform(get("/api/v1/search").param("q", "就业").param("size", "51")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/search").param("q", "就业").param("page", "0")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/search").param("q", "就业").param("sort", "name"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		mvc.perform(get("/api/v1/search").param("q", "就业").param("category", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("category"));
		mvc.perform(get("/api/v1/search").param("q", "就".repeat(SearchRequest.MAX_LENGTH))).andExpect(status().isOk());
	}

	@Test
	void queryOperatorsAndOddCharactersNeverBreakTheSearch() throws Exception {
		publishing.publish("考拉保育工作方案", null, null, RichText.fromPlainText("考拉保育"));
		for (String q : List.of("\"", "*", "(", ")", "~", "\\", "AND OR", "-", "--考拉", "考拉*", "考拉~2", "\"考拉",
				"(考拉", "考拉 OR", "+", "|", "&&", "[", "{", "}", "/", "?", ":", "^", "!", "<>", "%", "'", "考拉\u3000保育")) {
			mvc.perform(get("/api/v1/search").param("q", q))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as("API: " + q).isEqualTo(200));
			mvc.perform(get("/search").param("q", q))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as("page: " + q).isEqualTo(200));
		}
		assertThat(search("\"考拉保育\"").total()).isEqualTo(1);
		assertThat(search("考拉 -保育").items()).extracting(SearchHit::title).doesNotContain("考拉保育工作方案");
		assertThat(search("(考拉").total()).isEqualTo(1);
	}

	@Test
	void whenNoDocumentHasEveryWordThoseWithSomeAreShown() {
		long id = publishing.publish("树袋熊饲养规范", null, null, RichText.fromPlainText("树袋熊饲养"));
		SearchResults results = search("树袋熊 宇宙飞船 火星基地");
		assertThat(results.relaxed()).isTrue();
		assertThat(results.items()).extracting(SearchHit::id).contains(id);
		assertThat(search("树袋熊 饲养").relaxed()).isFalse();
	}

	private long publish(long category, long unit, String type, String word, String title) {
		return publishing.publish(publishing.metadata(unit, title, null, null,
				RichText.fromPlainText(title + "，" + word + "。"), category, type, LocalDate.of(2026, 11, 1)));
	}

	private long subcategory(long parent) {
		String code = "search-test-" + System.nanoTime();
		jdbc.update("insert into catalogue_category (parent_id, code, name, sort_order) values (?, ?, ?, ?)", parent,
				code, "搜索测试子类", 999);
		return jdbc.queryForObject("select id from catalogue_category where code = ?", Long.class, code);
	}

	private static CatalogueFilter filter(Long category, Long unit, Integer year, String type, Validity validity) {
		return new CatalogueFilter(category, unit, year, type, validity);
	}

	private List<Long> ids(String q, CatalogueFilter filter) {
		return search.search(new SearchRequest(q, filter, SearchSort.RELEVANCE, 1)).items().stream().map(SearchHit::id).toList();
	}

	private SearchResults search(String q) {
		return search.search(new SearchRequest(q, CatalogueFilter.none(), SearchSort.RELEVANCE, 1));
	}

}

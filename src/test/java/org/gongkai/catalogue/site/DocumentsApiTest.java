package org.gongkai.catalogue.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.gongkai.catalogue.Attachments;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The public documents API: lists with filters, whole documents, lookup by index number, public only. */
@GongkaiTest
class DocumentsApiTest {

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

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new SiteFixtures(workflow, attachments, jdbc, clock, mvc);
	}

	@Test
	void theListHasTheIndexNumbersAndFollowsTheFilters() throws Exception {
		long category = fixtures.newCategory(Sessions.demo(mvc, "office"), "接口测试分类");
		long first = fixtures.publish("接口测试文件一", category);
		long second = fixtures.publish("接口测试文件二", category);
		workflow.createDraft(fixtures.office(), fixtures.draft("接口测试草稿", category, "通知公告", ""));

		mvc.perform(get("/api/v1/documents").param("category", String.valueOf(category)).param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].id").value(second))
			.andExpect(jsonPath("$.items[0].indexNumber").value(fixtures.indexNumber(second)))
			.andExpect(jsonPath("$.items[0].title").value("接口测试文件二"))
			.andExpect(jsonPath("$.items[0].category").value("接口测试分类"))
			.andExpect(jsonPath("$.items[0].unit").value("就业处"))
			.andExpect(jsonPath("$.items[0].documentType").value("通知公告"))
			.andExpect(jsonPath("$.items[0].formedOn").value("2026-11-20"))
			.andExpect(jsonPath("$.items[0].validity").value("VALID"))
			.andExpect(jsonPath("$.items[0].url").value("http://localhost/catalogue/documents/" + second));
		mvc.perform(get("/api/v1/documents").param("category", String.valueOf(category)).param("size", "1").param("page", "2"))
			.andExpect(jsonPath("$.items[0].id").value(first));

		fixtures.repeal(first, LocalDate.of(2026, 12, 1), second);
		mvc.perform(get("/api/v1/documents").param("category", String.valueOf(category)).param("validity", "REPEALED"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(first));
	}

	@Test
	void badParametersAreProblemsNotErrors() throws Exception {
		mvc.perform(get("/api/v1/documents").param("size", "101"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/documents").param("page", "0")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/documents").param("validity", "GONE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].parameter").value("validity"));
	}

	@Test
	void aDocumentComesWholeAndIsFoundByItsIndexNumber() throws Exception {
		long category = fixtures.category("employment");
		long old = fixtures.publishWithAttachment(
				fixtures.draft("接口详情旧文件", category, "行政规范性文件", "<p>正文<b>加粗</b></p>"), "附件一.pdf");
		long current = fixtures.publish("接口详情新文件", category);
		fixtures.repeal(old, LocalDate.of(2026, 12, 1), current);
		String indexNumber = fixtures.indexNumber(old);

		mvc.perform(get("/api/v1/documents/by-index-number").param("indexNumber", indexNumber))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(old))
			.andExpect(jsonPath("$.indexNumber").value(indexNumber))
			.andExpect(jsonPath("$.issuingBody").value("湖南省人力资源和社会保障厅"))
			.andExpect(jsonPath("$.keywords").value("就业 公开"))
			.andExpect(jsonPath("$.effectiveOn").value("2026-12-01"))
			.andExpect(jsonPath("$.validity").value("REPEALED"))
			.andExpect(jsonPath("$.validityChangedOn").value("2026-12-01"))
			.andExpect(jsonPath("$.successor.id").value(current))
			.andExpect(jsonPath("$.successor.url").value("http://localhost/catalogue/documents/" + current))
			.andExpect(jsonPath("$.body").value("<p>正文<b>加粗</b></p>"))
			.andExpect(jsonPath("$.attachments[0].fileName").value("附件一.pdf"))
			.andExpect(jsonPath("$.attachments[0].url").value(org.hamcrest.Matchers.startsWith("http://localhost/catalogue/attachments/")))
			.andExpect(jsonPath("$.revisions[0].revision").value(1))
			.andExpect(jsonPath("$.status").doesNotExist())
			.andExpect(jsonPath("$.createdBy").doesNotExist());
		mvc.perform(get("/api/v1/documents/{id}", current))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.predecessors[0].id").value(old));

		mvc.perform(get("/api/v1/documents/by-index-number").param("indexNumber", "000014349/1999-99999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("索引号“000014349/1999-99999”对应的公开文件不存在"));
		fixtures.withdraw(old);
		mvc.perform(get("/api/v1/documents/{id}", old)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/documents/by-index-number").param("indexNumber", indexNumber))
			.andExpect(status().isNotFound());
		long draft = workflow.createDraft(fixtures.office(), fixtures.draft("接口草稿", category, "通知公告", ""));
		mvc.perform(get("/api/v1/documents/{id}", draft)).andExpect(status().isNotFound());
	}

}

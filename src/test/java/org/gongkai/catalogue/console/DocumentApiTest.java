package org.gongkai.catalogue.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff API as a script uses it: HTTP Basic, JSON in and out, problem details when refused. */
@GongkaiTest
class DocumentApiTest {

	static final String API = "/api/v1/admin/documents";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalogue catalogue;

	long employment;

	long finance;

	long category;

	@BeforeEach
	void ids() {
		employment = Drafts.unitId(jdbc, "employment");
		finance = Drafts.unitId(jdbc, "finance");
		category = Drafts.categoryId(jdbc, "recruitment");
	}

	@Test
	void aScriptCreatesAttachesSubmitsReviewsAndPublishes() throws Exception {
		long id = Drafts.createViaApi(mvc, "editor", "2026年事业单位公开招聘公告", employment, category);
		mvc.perform(get(API + "/{id}", id).with(as("editor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.title").value("2026年事业单位公开招聘公告"))
			.andExpect(jsonPath("$.version").isNumber());

		mvc.perform(multipart(API + "/{id}/attachments", id)
			.file(new MockMultipartFile("file", "招聘岗位表.pdf", "application/pdf", Drafts.pdf("recruitment posts 2026")))
			.with(as("editor")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/admin/documents/attachments/\\d+")))
			.andExpect(jsonPath("$.fileName").value("招聘岗位表.pdf"))
			.andExpect(jsonPath("$.contentType").value("application/pdf"));

		json(post(API + "/{id}/submit", id), "editor", "").andExpect(jsonPath("$.status").value("SUBMITTED"));
		json(post(API + "/{id}/publish", id), "editor", "{}").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("文件当前状态为“待审查”，不能执行此操作。"));
		json(post(API + "/{id}/review", id), "reviewer", "{\"conclusion\":\"DISCLOSABLE\"}")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		json(post(API + "/{id}/review", id), "office", "{\"conclusion\":\"DISCLOSABLE\",\"reason\":\"可以公开\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		json(post(API + "/{id}/publish", id), "editor", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.indexNumber", matchesPattern(DocumentWorkflowConsoleTest.INDEX_NUMBER)))
			.andExpect(jsonPath("$.attachments[0].fileName").value("招聘岗位表.pdf"));
		assertThat(catalogue.publicDocument(id)).isPresent();
		mvc.perform(get(API + "/{id}/reviews", id).with(as("editor")))
			.andExpect(jsonPath("$[0].conclusion").value("DISCLOSABLE"))
			.andExpect(jsonPath("$[0].reviewer").value("office"));

		json(post(API + "/{id}/withdraw", id), "editor", "{\"reason\":\"\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		json(post(API + "/{id}/withdraw", id), "editor", "{\"reason\":\"招聘计划调整\"}")
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.withdrawnReason").value("招聘计划调整"));
		assertThat(catalogue.publicDocument(id)).isEmpty();
	}

	@Test
	void aStaleVersionGetsAConflictAndTheFirstSaveStays() throws Exception {
		long id = Drafts.createViaApi(mvc, "editor", "并发修改测试", employment, category);
		long version = catalogueVersion(id);
		String first = "{\"version\":%d,\"metadata\":%s}".formatted(version,
				Drafts.metadataJson("第一次保存", employment, category, "<p>第一次</p>"));
		String second = "{\"version\":%d,\"metadata\":%s}".formatted(version,
				Drafts.metadataJson("第二次保存", employment, category, "<p>第二次</p>"));
		json(put(API + "/{id}", id), "editor", first).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("第一次保存"));
		json(put(API + "/{id}", id), "office", second).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("该文件已被他人修改")));
		mvc.perform(get(API + "/{id}", id).with(as("editor"))).andExpect(jsonPath("$.title").value("第一次保存"));
		json(put(API + "/{id}", id), "editor", "{\"metadata\":" + Drafts.metadataJson("", employment, category, "")
				+ "}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anotherUnitsDocumentIsRefusedAndAMismatchedFileToo() throws Exception {
		long id = Drafts.createViaApi(mvc, "office", "财务处的采购公告", finance, category);
		mvc.perform(get(API + "/{id}", id).with(as("editor"))).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("您只能处理本单位的记录。"));
		json(post(API + "/{id}/submit", id), "editor", "").andExpect(status().isForbidden());
		mvc.perform(post(API).with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(Drafts.metadataJson("替财务处建草稿", finance, category, ""))).andExpect(status().isForbidden());
		mvc.perform(get(API).with(as("editor"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("财务处的采购公告"))));
		mvc.perform(get(API).param("status", "DRAFT").with(as("office")))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].title").value("财务处的采购公告"));

		mvc.perform(multipart(API + "/{id}/attachments", id)
			.file(new MockMultipartFile("file", "预算表.xlsx", "application/octet-stream", Drafts.pdf("not a workbook")))
			.with(as("office")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.detail").value("“预算表.xlsx”的内容与扩展名不符，已拒绝。"));
		mvc.perform(multipart(API + "/{id}/attachments", id)
			.file(new MockMultipartFile("file", "预算表.pdf", "application/pdf", Drafts.pdf("budget")))
			.with(as("office"))).andExpect(status().isCreated());
		long attachment = jdbc.queryForObject("select id from catalogue_attachment where document_id = ?", Long.class, id);
		mvc.perform(delete(API + "/attachments/{aid}", attachment).with(as("editor"))).andExpect(status().isForbidden());
		mvc.perform(get(API + "/attachments/{aid}", attachment).with(as("office")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''%E9%A2%84%E7%AE%97%E8%A1%A8.pdf")));
		mvc.perform(delete(API + "/attachments/{aid}", attachment).with(as("office"))).andExpect(status().isNoContent());
	}

	@Test
	void revisionsAndValidityThroughTheApi() throws Exception {
		long old = publishedViaApi("2024年失业保险金标准");
		long successor = publishedViaApi("2026年失业保险金标准");
		String successorIndex = jdbc.queryForObject("select index_number from catalogue_document where id = ?",
				String.class, successor);

		String created = json(post(API + "/{id}/revisions", old), "editor",
				"{\"title\":\"2024年失业保险金标准（更正）\",\"summary\":\"更正\",\"body\":\"<p>更正后的正文<script>x()</script></p>\",\"note\":\"更正笔误\"}")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long revisionId = Long.parseLong(created.replaceAll("\\D", ""));
		json(post(API + "/revisions/{rid}/review", revisionId), "editor", "{\"conclusion\":\"DISCLOSABLE\"}")
			.andExpect(status().isForbidden());
		json(post(API + "/revisions/{rid}/review", revisionId), "office", "{\"conclusion\":\"DISCLOSABLE\"}")
			.andExpect(status().isNoContent());
		mvc.perform(get(API + "/{id}", old).with(as("editor")))
			.andExpect(jsonPath("$.title").value("2024年失业保险金标准（更正）"))
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.body").value("<p>更正后的正文</p>"));

		json(post(API + "/{id}/validity", old), "editor", "{\"validity\":\"AMENDED\",\"since\":\"2026-11-27\",\"successorIndexNumber\":\"nope\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("successorIndexNumber"));
		json(post(API + "/{id}/validity", old), "editor",
				"{\"validity\":\"AMENDED\",\"since\":\"2026-11-27\",\"successorIndexNumber\":\"" + successorIndex + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.validity").value("AMENDED"))
			.andExpect(jsonPath("$.successor.indexNumber").value(successorIndex));
	}

	@Test
	void theOpenApiDocumentDescribesTheStaffDocumentApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/admin/documents'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/documents'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/documents/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/documents/{id}/attachments'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/documents/attachments/{attachmentId}'].delete").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/documents/{id}/submit'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/documents/{id}/review'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/documents/{id}/publish'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/documents/{id}/revisions'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/documents/revisions/{revisionId}/review'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/documents/{id}/validity'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/documents/{id}/withdraw'].post").exists());
	}

	long publishedViaApi(String title) throws Exception {
		long id = Drafts.createViaApi(mvc, "editor", title, employment, category);
		json(post(API + "/{id}/submit", id), "editor", "").andExpect(status().isOk());
		json(post(API + "/{id}/review", id), "office", "{\"conclusion\":\"DISCLOSABLE\"}").andExpect(status().isOk());
		json(post(API + "/{id}/publish", id), "editor", "").andExpect(status().isOk());
		return id;
	}

	long catalogueVersion(long id) {
		return jdbc.queryForObject("select version from catalogue_document where id = ?", Long.class, id);
	}

	ResultActions json(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request.with(as(username)));
	}

	static RequestPostProcessor as(String username) {
		return httpBasic(username, TestAccounts.DEMO_PASSWORD);
	}

}

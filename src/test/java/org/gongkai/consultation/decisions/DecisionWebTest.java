package org.gongkai.consultation.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.support.GongkaiTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.gongkai.support.Sessions;
import org.gongkai.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public pages, the console forms and the API of major decisions, as people and scripts use them. */
@GongkaiTest
class DecisionWebTest {

	static final String API = "/api/v1/admin/decisions";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePublicSeesPublishedDecisionsWithTheirProceduresAndEvidence() throws Exception {
		long subsidy = demo("修订《湖南省就业补助资金管理办法》");
		long wage = demo("调整全省最低工资标准");
		mvc.perform(get("/decisions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("修订《湖南省就业补助资金管理办法》")))
			.andExpect(content().string(containsString("已履行 4/5 项")))
			.andExpect(content().string(containsString("（1 项不适用）")))
			.andExpect(content().string(containsString("href=\"/decisions/" + wage + "\"")));
		String page = mvc.perform(get("/decisions/{id}", subsidy))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("合法性审查意见书.docx")))
			.andExpect(content().string(containsString("厅党组")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("公众参与")).isLessThan(page.indexOf("专家论证"));
		assertThat(page.indexOf("风险评估")).isLessThan(page.indexOf("集体讨论决定"));
		long evidence = jdbc.queryForObject("select e.id from decision_evidence e join decision_step s on s.id = e.step_id "
				+ "where s.decision_id = ?", Long.class, subsidy);
		mvc.perform(get("/decisions/evidence/{id}", evidence))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''%E5%90%88%E6%B3%95")))
			.andExpect(content().contentType(
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
		mvc.perform(get("/decisions/{id}?lang=en", wage))
			.andExpect(content().string(containsString("Why it did not apply")));
		mvc.perform(get("/sitemap.xml")).andExpect(content().string(containsString("/decisions</loc>")));
	}

	@Test
	void inEnglishTheUnitsThatConductedTheProceduresAreNamedInEnglish() throws Exception {
		long subsidy = demo("修订《湖南省就业补助资金管理办法》");
		Document page = Jsoup.parse(mvc.perform(get("/decisions/{id}?lang=en", subsidy))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#procedure-risk-assessment dd").eachText())
			.contains("Employment Promotion Division, Finance Division");
		assertThat(page.select("#procedure-legality-review dd").eachText()).contains("Legal Affairs Division");
		Document console = Jsoup.parse(mvc.perform(get("/admin/decisions/{id}", subsidy).param("lang", "en")
			.with(Sessions.demo(mvc, "office"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(console.select("td[data-label=\"Conducted by\"]").eachText()).contains("Legal Affairs Division")
			.noneMatch(unit -> unit.contains("\u5904"));
	}

	@Test
	void aDraftIsNotPublicAndItsEvidenceNeither() throws Exception {
		long id = createViaApi("editor", "调整就业困难人员认定标准");
		mvc.perform(get("/decisions/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/decisions/{id}", id))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/decisions")).andExpect(content().string(not(containsString("调整就业困难人员认定标准"))));
	}

	@Test
	void theConsoleFormShowsErrorsByFieldAndNeedsTheCsrfToken() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		mvc.perform(post("/admin/decisions/new").with(editor)
			.param("title", "调整高校毕业生就业补贴")
			.param("summary", "说明")
			.param("unitId", String.valueOf(unit("employment")))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/decisions/new").with(editor).with(csrf())
			.param("title", " ")
			.param("summary", "说明")
			.param("unitId", String.valueOf(unit("employment"))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"title-error\"")))
			.andExpect(content().string(containsString("请填写决策事项名称")));
		mvc.perform(post("/admin/decisions/new").with(editor).with(csrf())
			.param("title", "调整高校毕业生就业补贴")
			.param("summary", "说明")
			.param("unitId", String.valueOf(unit("employment")))
			.param("resultDocumentId", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"resultDocumentId-error\"")))
			.andExpect(content().string(containsString("请输入目录文件的编号（正整数）。")));
		mvc.perform(post("/admin/decisions/new").with(editor).with(csrf())
			.param("title", "调整高校毕业生就业补贴")
			.param("summary", "说明")
			.param("unitId", String.valueOf(unit("employment")))
			.param("resultDocumentId", "987654321"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"resultDocumentId-error\"")));
		String location = mvc.perform(post("/admin/decisions/new").with(editor).with(csrf())
			.param("title", "调整高校毕业生就业补贴")
			.param("summary", "说明")
			.param("unitId", String.valueOf(unit("employment"))))
			.andExpect(redirectedUrlPattern("/admin/decisions/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);

		mvc.perform(post("/admin/decisions/{id}/procedures/legality-review", id).with(editor).with(csrf())
			.param("notApplicable", "true")
			.param("description", "不需要"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"notApplicable-error\"")))
			.andExpect(content().string(containsString("合法性审查是重大行政决策的必经程序")));
		mvc.perform(post("/admin/decisions/{id}/procedures/expert-review", id).with(editor).with(csrf())
			.param("notApplicable", "true")
			.param("completedOn", "11月20日")
			.param("description", "召开专家论证会"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"completedOn-error\"")))
			.andExpect(content().string(containsString("请输入有效的日期")))
			.andExpect(content().string(containsString("value=\"11月20日\"")));
		mvc.perform(post("/admin/decisions/{id}/procedures/expert-review", id).with(editor).with(csrf())
			.param("notApplicable", "false")
			.param("completedOn", "2026-11-20")
			.param("responsibleUnit", "就业处")
			.param("description", "召开专家论证会"))
			.andExpect(redirectedUrl("/admin/decisions/" + id + "/procedures/expert-review"));
		mvc.perform(multipart("/admin/decisions/{id}/procedures/expert-review/evidence", id)
			.file(new MockMultipartFile("file", "论证意见.pdf", "application/pdf", "MZ not a pdf".getBytes()))
			.with(editor)
			.with(csrf())).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("accept=\"" + org.gongkai.common.FileTypes.accept() + "\"")))
			.andExpect(content().string(containsString("内容与其扩展名不符")));
		mvc.perform(post("/admin/decisions/{id}/publish", id).with(editor).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("公众参与、风险评估、合法性审查、集体讨论决定")));

		RequestPostProcessor reviewer = Sessions.demo(mvc, "reviewer");
		mvc.perform(get("/admin/decisions/{id}/edit", id).with(reviewer)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/decisions").with(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("调整高校毕业生就业补贴"))));
	}

	@Test
	void theStaffApiAnswersProblemDetailsNamingTheField() throws Exception {
		json(post(API), "office", "{\"title\":\"\",\"summary\":\"说明\",\"unitId\":" + unit("employment") + "}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		json(post(API), "office", "{\"title\":\"调整\",\"summary\":\"说明\",\"unitId\":" + unit("employment")
				+ ",\"resultDocumentId\":987654321}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("resultDocumentId"));
		long id = createViaApi("editor", "调整社会保险补贴标准");
		json(put(API + "/{id}/procedures/COLLECTIVE_DECISION", id), "editor", "{\"notApplicable\":true,\"description\":\"无\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("notApplicable"));
		json(put(API + "/{id}/procedures/risk-assessment", id), "editor",
				"{\"notApplicable\":false,\"completedOn\":\"2026-11-02\",\"responsibleUnit\":\"就业处\",\"description\":\"评估\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[2].recorded").value(true))
			.andExpect(jsonPath("$.steps[2].completedOn").value("2026-11-02"));
		mvc.perform(multipart(API + "/{id}/procedures/risk-assessment/evidence", id)
			.file(new MockMultipartFile("file", "风险评估报告.pdf", "application/pdf", "%PDF-1.4 report".getBytes()))
			.with(basic("editor")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileName").value("风险评估报告.pdf"));
		json(post(API + "/{id}/publish", id), "editor", "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("公众参与、专家论证、合法性审查、集体讨论决定")));
		json(post(API + "/{id}/publish", id), "reviewer", "").andExpect(status().isForbidden());
		json(put(API + "/{id}", id), "editor", "{\"version\":0,\"decision\":{\"title\":\"新\",\"summary\":\"说明\",\"unitId\":"
				+ unit("employment") + "}}").andExpect(status().isConflict());

		mvc.perform(get("/api/v1/decisions")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].title").isString())
			.andExpect(jsonPath("$.items[0].carriedOut").isNumber());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(content().string(containsString("/api/v1/decisions/{id}")))
			.andExpect(content().string(containsString("/api/v1/admin/decisions/{id}/procedures/{procedure}/evidence")));
	}

	private long createViaApi(String username, String title) throws Exception {
		String body = json(post(API), username,
				"{\"title\":\"" + title + "\",\"summary\":\"说明\",\"unitId\":" + unit("employment") + "}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll("\\D", ""));
	}

	private ResultActions json(MockHttpServletRequestBuilder request, String username, String body) throws Exception {
		return mvc.perform(request.with(basic(username)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static RequestPostProcessor basic(String username) {
		return httpBasic(username, TestAccounts.DEMO_PASSWORD);
	}

	private long demo(String title) {
		return jdbc.queryForObject("select id from decision_record where title = ?", Long.class, title);
	}

	private long unit(String code) {
		return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
	}

}

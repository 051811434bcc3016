package org.gongkai.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.identity.UnitManagement;
import org.gongkai.support.ChineseText;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.gongkai.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The interpretation pages and API as visitors and staff use them: the list and the page in its form, the links
 * between policy and interpretation both ways, search finding an interpretation's words, and bad input answered
 * next to its field (pages) or as problem details naming the field (API).
 */
@GongkaiTest
class InterpretationWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Interpretations interpretations;

	@Autowired
	InterpretationTaskRepository tasks;

	@Autowired
	UnitManagement units;

	Fixtures fx;

	@BeforeEach
	void setUp() {
		fx = new Fixtures(workflow, catalogue, interpretations, tasks, units);
	}

	/** A policy with a published Q&A interpretation: {policyId, interpretationId, documentId}. */
	private long[] interpreted(String policyTitle, String question) {
		long policy = fx.publishPolicy(policyTitle, "政策正文。");
		Interpretations.Created created = interpretations.create(fx.employmentEditor,
				Fixtures.qa(policy, policyTitle + "问答", List.of(new QaPair(question, "按规定办理。"))), null);
		fx.reviewAndPublish(fx.employmentEditor, created.documentId());
		fx.awaitPublished(policy, created.id());
		return new long[] { policy, created.id(), created.documentId() };
	}

	@Test
	void policyAndInterpretationLinkToEachOther() throws Exception {
		long[] ids = interpreted("关于高校毕业生求职创业补贴的通知", "求职创业补贴发给谁？");
		mvc.perform(get("/interpretations/{id}", ids[1]))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dt>求职创业补贴发给谁？</dt>")))
			.andExpect(content().string(containsString("href=\"/catalogue/documents/" + ids[0] + "\"")));
		mvc.perform(get("/catalogue/documents/{id}", ids[0]))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("政策解读")))
			.andExpect(content().string(containsString("href=\"/interpretations/" + ids[1] + "\"")));
		mvc.perform(get("/catalogue/documents/{id}", ids[2]))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本解读对应的政策文件")))
			.andExpect(content().string(containsString("href=\"/catalogue/documents/" + ids[0] + "\"")))
			.andExpect(content().string(containsString("href=\"/interpretations/" + ids[1] + "\"")));
	}

	@Test
	void theListShowsPublishedInterpretationsOnlyAndFiltersByForm() throws Exception {
		long[] ids = interpreted("关于灵活就业人员社保补贴的通知", "灵活就业人员怎样申请？");
		long policy = fx.publishPolicy("关于尚未解读的就业文件的通知", "正文。");
		interpretations.create(fx.employmentEditor, Fixtures.text(policy, "尚未发布的解读草稿", "草稿内容。"), null);
		mvc.perform(get("/interpretations").param("form", "QA"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("关于灵活就业人员社保补贴的通知问答")))
			.andExpect(content().string(not(containsString("尚未发布的解读草稿"))));
		mvc.perform(get("/interpretations").param("form", "LEADER"))
			.andExpect(content().string(not(containsString("关于灵活就业人员社保补贴的通知问答"))));
		mvc.perform(get("/interpretations/{id}", ids[1] + 100000)).andExpect(status().isNotFound());
	}

	@Test
	void theListAndAnInterpretationArePublicAndAnswerConditionalRequestsWith304() throws Exception {
		long[] ids = interpreted("关于缓存测试的通知", "缓存测试问什么？");
		for (String url : List.of("/interpretations", "/interpretations/" + ids[1])) {
			String etag = mvc.perform(get(url))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "public, max-age=60"))
				.andReturn()
				.getResponse()
				.getHeader("ETag");
			assertThat(etag).as(url).isNotBlank();
			mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());
		}
	}

	@Test
	void theEnglishListNamesTheUnitInEnglish() throws Exception {
		interpreted("关于英文列表测试的通知", "英文列表显示什么？");
		mvc.perform(get("/interpretations").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>Employment Promotion Division</span>")));
	}

	@Test
	void aPolicyNoLongerPublicIsNamedInChineseApartFromTheEnglishSentence() throws Exception {
		long[] ids = interpreted("关于已撤回政策的通知", "撤回后显示什么？");
		workflow.withdraw(fx.employmentEditor, ids[0], "内容已被新文件替代");
		String page = mvc.perform(get("/interpretations/{id}", ids[1]).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element gone = Jsoup.parse(page).getElementById("policy-gone");
		assertThat(gone).isNotNull();
		assertThat(gone.select("[lang=zh-CN]").text()).isEqualTo("关于已撤回政策的通知");
		assertThat(gone.text()).endsWith("(not public at present)");
		assertThat(ChineseText.outsideChineseContent(page)).isEmpty();
	}

	@Test
	void searchFindsAWordThatOnlyAnInterpretationContains() throws Exception {
		long[] ids = interpreted("关于零工市场建设的通知", "零工驿站在哪里设立？");
		mvc.perform(get("/search").param("q", "零工驿站"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/catalogue/documents/" + ids[2])))
			.andExpect(content().string(not(containsString("/catalogue/documents/" + ids[0] + "\""))));
	}

	@Test
	void theApiListsThePolicysInterpretationsAndShowsOne() throws Exception {
		long[] ids = interpreted("关于公益性岗位补贴的通知", "公益性岗位补贴标准是多少？");
		mvc.perform(get("/api/v1/interpretations").param("policy", String.valueOf(ids[0])))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(ids[1]))
			.andExpect(jsonPath("$.items[0].form").value("QA"));
		mvc.perform(get("/api/v1/interpretations/{id}", ids[1]))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.questions[0].question").value("公益性岗位补贴标准是多少？"))
			.andExpect(jsonPath("$.policyUrl").value("/catalogue/documents/" + ids[0]));
		mvc.perform(get("/api/v1/interpretations").param("size", "0")).andExpect(status().isBadRequest());
	}

	@Test
	void theStaffApiRefusesAPlainHttpMediaLinkAndAGraphicWithoutItsText() throws Exception {
		long policy = fx.publishPolicy("关于技能人才评价的通知", "正文。");
		String media = """
				{"policyId": %d, "form": "MEDIA", "title": "视频解读", "body": "摘要", "mediaUrl": "http://example.org/v.mp4"}
				""".formatted(policy);
		mvc.perform(post("/api/v1/admin/interpretations").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(media))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("mediaUrl"));
		String graphic = """
				{"policyId": %d, "form": "GRAPHIC", "title": "一图读懂", "body": " "}
				""".formatted(policy);
		mvc.perform(post("/api/v1/admin/interpretations").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(graphic))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		String fine = """
				{"policyId": %d, "form": "MEDIA", "title": "视频解读", "body": "摘要", "mediaUrl": "https://example.org/v.mp4"}
				""".formatted(policy);
		mvc.perform(post("/api/v1/admin/interpretations").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(fine))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.documentId").isNumber());
		mvc.perform(post("/api/v1/admin/interpretations").with(as("reviewer"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(fine))
			.andExpect(status().isForbidden());
	}

	@Test
	void theStaffApiTakesAWaiverAndTheOfficeDecides() throws Exception {
		long policy = fx.publishPolicy("关于调整就业补贴申领时限的通知", "正文。");
		long taskId = fx.awaitTask(policy).getId();
		mvc.perform(post("/api/v1/admin/interpretations/tasks/{id}/waiver", taskId).with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/admin/interpretations/tasks/{id}/waiver", taskId).with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"仅调整申领时限。\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WAIVER_REQUESTED"));
		mvc.perform(post("/api/v1/admin/interpretations/tasks/{id}/waiver/decision", taskId).with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approve\": true}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/admin/interpretations/tasks/{id}/waiver/decision", taskId).with(as("office"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approve\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WAIVED"));
		mvc.perform(get("/api/v1/admin/interpretations/tasks").with(as("office")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overdue").isArray());
	}

	@Test
	void aFormThatFailsValidationComesBackWithItsErrorsNeverA500() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		mvc.perform(post("/admin/interpretations/new").with(editor).with(csrf()).param("form", "QA").param("title", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("name=\"questions[0].question\"")));
		mvc.perform(post("/admin/interpretations/new").with(editor).with(csrf()).param("policyId", "abc")
			.param("form", "NOT_A_FORM"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("name=\"questions[0].question\"")));
	}

	@Test
	void theConsoleFormCreatesTheDraftAndShowsRefusalsByTheirField() throws Exception {
		long policy = fx.publishPolicy("关于创业孵化基地认定的通知", "正文。");
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		mvc.perform(get("/admin/interpretations/new").param("policy", String.valueOf(policy)).with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("关于创业孵化基地认定的通知")));
		mvc.perform(post("/admin/interpretations/new").with(editor).with(csrf())
			.param("policyId", String.valueOf(policy))
			.param("form", "MEDIA")
			.param("title", "视频解读")
			.param("body", "摘要")
			.param("mediaUrl", "javascript:alert(1)"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("https://")));
		mvc.perform(post("/admin/interpretations/new").with(editor).with(csrf())
			.param("policyId", String.valueOf(policy))
			.param("form", "QA")
			.param("title", "创业孵化基地认定问答")
			.param("questions[0].question", "孵化基地怎样认定？")
			.param("questions[0].answer", "按认定办法申报。")
			.param("questions[1].question", "")
			.param("questions[1].answer", ""))
			.andExpect(redirectedUrlPattern("/admin/documents/*"));
		assertThat(interpretations.staffList(fx.employmentEditor, 100)).anySatisfy(i -> {
			assertThat(i.title()).isEqualTo("创业孵化基地认定问答");
			assertThat(i.publishedAt()).isNull();
		});
		mvc.perform(get("/admin/interpretations").with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("关于创业孵化基地认定的通知")))
			.andExpect(content().string(containsString("创业孵化基地认定问答")));
	}

	static RequestPostProcessor as(String username) {
		return httpBasic(username, TestAccounts.DEMO_PASSWORD);
	}

}

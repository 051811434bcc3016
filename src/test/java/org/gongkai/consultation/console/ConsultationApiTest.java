package org.gongkai.consultation.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.consultation.CommentForm;
import org.gongkai.consultation.CommentView;
import org.gongkai.consultation.Comments;
import org.gongkai.consultation.Consultations;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff API for consultations: the same permissions as the console, refusals as problem details naming the
 * field, no CSRF token needed, and every console action in the OpenAPI document.
 */
@GongkaiTest
class ConsultationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Consultations consultations;

	@Autowired
	Comments comments;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	ConsoleFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ConsoleFixtures(consultations, comments, staff, clock, jdbc);
	}

	@Test
	void draftsArePublishedByTheOfficeAndRefusalsAreProblemDetails() throws Exception {
		String opens = fixtures.today().plusDays(1).toString();
		mvc.perform(post("/api/v1/admin/consultations").contentType(MediaType.APPLICATION_JSON).content(body("", opens, opens)))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/admin/consultations").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("接口创建的办法", opens, opens)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("shortPeriodReason"))
			.andExpect(jsonPath("$.detail", containsString("30")));
		String created = mvc.perform(post("/api/v1/admin/consultations").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("接口创建的办法", opens, fixtures.today().plusDays(31).toString())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("\\D", ""));
		mvc.perform(get("/api/v1/admin/consultations/" + id).with(as("editor")))
			.andExpect(jsonPath("$.articles[2].label").value("第三条"))
			.andExpect(jsonPath("$.phase").value("DRAFT"));
		long version = fixtures.view(id).version();
		mvc.perform(post("/api/v1/admin/consultations/" + id + "/publish").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + "}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("保密审查员或公开办")));
		mvc.perform(post("/api/v1/admin/consultations/" + id + "/publish").with(as("office"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value("UPCOMING"));
		mvc.perform(get("/api/v1/admin/consultations").with(as("editor")))
			.andExpect(jsonPath("$.content[*].title", hasItem("接口创建的办法")));
		mvc.perform(get("/api/v1/admin/consultations/awaiting-outcome").with(as("editor")))
			.andExpect(jsonPath("$[*].title", hasItem("湖南省零工市场建设管理办法（征求意见稿）")));
	}

	@Test
	void moderationOutcomeAndWordsThroughTheApi() throws Exception {
		long id = fixtures.open("接口审核的办法", new CommentForm(null, "丁", "ding@example.com", true, "建议延长期限。"));
		CommentView comment = fixtures.comments(id).get(0);
		mvc.perform(get("/api/v1/admin/consultations/comments/pending").with(as("editor")))
			.andExpect(jsonPath("$[*].id", hasItem((int) comment.id())));
		mvc.perform(post("/api/v1/admin/consultations/comments/" + comment.id() + "/approve").with(as("reviewer"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + comment.version() + "}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/admin/consultations/comments/" + comment.id() + "/reject").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + comment.version() + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rejection"));
		mvc.perform(post("/api/v1/admin/consultations/comments/" + comment.id() + "/approve").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + (comment.version() + 5) + "}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/admin/consultations/comments/" + comment.id() + "/approve").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + comment.version() + "}")).andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/admin/consultations/comments/" + comment.id() + "/reply").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"感谢您的意见。\"}")).andExpect(status().isNoContent());
		byte[] xlsx = mvc.perform(get("/api/v1/admin/consultations/" + id + "/comments.xlsx").with(as("editor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(xlsx).startsWith('P', 'K');
		mvc.perform(post("/api/v1/admin/consultations/" + id + "/groups").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"summary\":\"关于期限\",\"adoption\":\"NOT_ADOPTED\",\"commentIds\":[" + comment.id() + "]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/admin/consultations/" + id + "/outcome/publish").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + fixtures.view(id).version() + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("截止后方可发布")));
		mvc.perform(put("/api/v1/admin/consultations/sensitive-words").with(as("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"words\":[\"代办\"]}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/admin/consultations/sensitive-words").with(as("editor"))).andExpect(status().isOk());
	}

	@Test
	void everyConsoleActionIsInTheOpenApiDocument() throws Exception {
		String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		assertThat(doc).contains("/api/v1/admin/consultations", "/api/v1/admin/consultations/{id}/publish",
				"/api/v1/admin/consultations/{id}/files", "/api/v1/admin/consultations/comments/pending",
				"/api/v1/admin/consultations/comments/{commentId}/reject",
				"/api/v1/admin/consultations/comments/{commentId}/reply", "/api/v1/admin/consultations/{id}/groups",
				"/api/v1/admin/consultations/{id}/groups/{groupId}", "/api/v1/admin/consultations/{id}/outcome",
				"/api/v1/admin/consultations/{id}/outcome/publish", "/api/v1/admin/consultations/{id}/comments.xlsx",
				"/api/v1/admin/consultations/sensitive-words", "/api/v1/admin/consultations/awaiting-outcome");
	}

	private String body(String title, String opens, String closes) {
		return """
				{"title":"%s","explanation":"说明","unitId":%d,"contact":"就业处","normative":false,
				 "opensOn":"%s","closesOn":"%s","draftText":"第一条　目的。\\n第二条　范围。\\n第三条　标准。"}
				""".formatted(title, fixtures.employment(), opens, closes);
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, TestAccounts.DEMO_PASSWORD);
	}

}

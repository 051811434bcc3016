package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.support.MutableClock;
import org.gongkai.support.TestAccounts;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The interpretation journey through the APIs: an editor publishes a normative document on Wednesday
 * 30 September 2026; the interpretation task is due three working days later, on the make-up working Saturday
 * 10 October after the 国庆节 holiday; the interpretation is drafted, reviewed and published on 9 October, in
 * time; the policy's page links to it and it links back.
 */
final class InterpretationJourney {

	private static final ZoneId CHANGSHA = ZoneId.of("Asia/Shanghai");

	private final MockMvc mvc;

	private final MutableClock clock;

	private final JdbcTemplate jdbc;

	InterpretationJourney(MockMvc mvc, MutableClock clock, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	void run() throws Exception {
		on(2026, 9, 30);
		long employment = jdbc.queryForObject("select id from unit where code = 'employment'", Long.class);
		long category = jdbc.queryForObject("select id from catalogue_category where code = 'employment'", Long.class);
		long policy = publish("""
				{"title":"湖南省就业见习管理办法","documentNumber":"湘人社规〔2026〕9号",
				 "issuingBody":"湖南省人力资源和社会保障厅","unitId":%d,"categoryId":%d,
				 "documentType":"行政规范性文件","formedOn":"2026-09-25","disclosure":"PROACTIVE",
				 "body":"<p>第一条　为规范就业见习管理，制定本办法。</p>"}""".formatted(employment, category));

		Map<String, Object> task = await().atMost(Duration.ofSeconds(20)).until(() -> taskOf(policy), t -> t != null);
		assertThat(task.get("dueOn")).isEqualTo("2026-10-10");
		assertThat(task.get("status")).isEqualTo("OPEN");
		long taskId = ((Number) task.get("id")).longValue();

		on(2026, 10, 9);
		String created = mvc.perform(post("/api/v1/admin/interpretations").with(staff("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"policyId":%d,"form":"QA","title":"《湖南省就业见习管理办法》政策问答",
					 "questions":[{"question":"哪些人可以参加就业见习？","answer":"离校两年内未就业高校毕业生和16-24岁失业青年。"}]}"""
				.formatted(policy)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long interpretation = ((Number) JsonPath.read(created, "$.id")).longValue();
		long document = ((Number) JsonPath.read(created, "$.documentId")).longValue();
		mvc.perform(post("/api/v1/admin/documents/{id}/submit", document).with(staff("editor")))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/admin/documents/{id}/review", document).with(staff("office"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"conclusion\":\"DISCLOSABLE\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/admin/documents/{id}/publish", document).with(staff("editor")))
			.andExpect(status().isOk());

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc
			.perform(get("/api/v1/admin/interpretations/tasks/{id}", taskId).with(staff("editor")))
			.andExpect(jsonPath("$.status").value("FULFILLED"))
			.andExpect(jsonPath("$.fulfilledOn").value("2026-10-09"))
			.andExpect(jsonPath("$.late").value(false)));
		mvc.perform(get("/api/v1/interpretations").param("policy", String.valueOf(policy)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$..id", org.hamcrest.Matchers.hasItem((int) interpretation)));
		String policyPage = mvc.perform(get("/catalogue/documents/{id}", policy))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(policyPage).contains("/interpretations/" + interpretation);
		String interpretationPage = mvc.perform(get("/interpretations/{id}", interpretation))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(interpretationPage).contains("/catalogue/documents/" + policy).contains("哪些人可以参加就业见习？");
	}

	private long publish(String metadata) throws Exception {
		String created = mvc.perform(post("/api/v1/admin/documents").with(staff("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(metadata)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		mvc.perform(post("/api/v1/admin/documents/{id}/submit", id).with(staff("editor"))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/admin/documents/{id}/review", id).with(staff("office"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"conclusion\":\"DISCLOSABLE\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/admin/documents/{id}/publish", id).with(staff("editor"))).andExpect(status().isOk());
		return id;
	}

	private Map<String, Object> taskOf(long policy) throws Exception {
		String board = mvc.perform(get("/api/v1/admin/interpretations/tasks").with(staff("editor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> found = JsonPath.read(board, "$.*[?(@.policyId == " + policy + ")]");
		return found.isEmpty() ? null : found.get(0);
	}

	private static RequestPostProcessor staff(String username) {
		return httpBasic(username, TestAccounts.DEMO_PASSWORD);
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(CHANGSHA).toInstant());
	}

}

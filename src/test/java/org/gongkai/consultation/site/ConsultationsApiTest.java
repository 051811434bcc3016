package org.gongkai.consultation.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongkai.support.ClientAddresses;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public consultations API: the list by phase, a consultation with its approved comments by article and its
 * feedback, commenting without a CSRF token (201 with the code and its status resource, 400 naming the field, 409
 * after closing, 429), and the status by code.
 */
@GongkaiTest
class ConsultationsApiTest {

	final JsonMapper json = JsonMapper.builder().build();

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
	void theListFiltersByPhaseAndAConsultationCarriesItsApprovedCommentsByArticle() throws Exception {
		long open = fixtures.open("接口测试：开放中的办法");
		long article3 = fixtures.articleId(open, 3);
		fixtures.comment(open, article3, "李女士", "建议提高补贴标准。");
		fixtures.approveAll(open);
		fixtures.comment(open, null, null, "尚待审核的整体意见。");
		long upcoming = fixtures.upcoming("接口测试：即将开始的办法");

		JsonNode list = read(mvc.perform(get("/api/v1/consultations").param("phase", "OPEN").param("size", "100")), 200);
		List<JsonNode> items = list.get("items").valueStream().toList();
		assertThat(items).anySatisfy(item -> {
			assertThat(item.get("id").asLong()).isEqualTo(open);
			assertThat(item.get("title").asString()).isEqualTo("接口测试：开放中的办法");
			assertThat(item.get("unit").asString()).isEqualTo("就业处");
			assertThat(item.get("phase").asString()).isEqualTo("OPEN");
			assertThat(item.get("comments").asLong()).isEqualTo(1);
			assertThat(item.get("url").asString()).isEqualTo("http://localhost/consultations/" + open);
		});
		assertThat(items).noneMatch(item -> item.get("id").asLong() == upcoming);
		assertThat(list.get("page").asInt()).isEqualTo(1);
		assertThat(read(mvc.perform(get("/api/v1/consultations").param("phase", "UPCOMING")), 200).get("items")
			.valueStream()
			.map(i -> i.get("id").asLong())).contains(upcoming);
		JsonNode badPhase = read(mvc.perform(get("/api/v1/consultations").param("phase", "SOON")), 400);
		assertThat(badPhase.at("/errors/0/parameter").asString()).isEqualTo("phase");

		JsonNode detail = read(mvc.perform(get("/api/v1/consultations/{id}", open)), 200);
		assertThat(detail.get("phase").asString()).isEqualTo("OPEN");
		assertThat(detail.get("articles").size()).isEqualTo(4);
		assertThat(detail.at("/articles/2/label").asString()).isEqualTo("第三条");
		assertThat(detail.at("/articles/2/comments/0/body").asString()).isEqualTo("建议提高补贴标准。");
		assertThat(detail.at("/articles/2/comments/0/authorName").asString()).isEqualTo("李女士");
		assertThat(detail.get("generalComments").size()).as("pending comments are not public").isZero();
		assertThat(detail.has("outcome")).isTrue();
		assertThat(detail.get("outcome").isNull()).isTrue();
		assertThat(mvc.perform(get("/api/v1/consultations/{id}", 987654)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void aConcludedConsultationCarriesItsFeedbackAndTheDecision() throws Exception {
		long id = fixtures.concluded("接口测试：已反馈的办法");
		JsonNode detail = read(mvc.perform(get("/api/v1/consultations/{id}", id)), 200);
		assertThat(detail.get("phase").asString()).isEqualTo("CONCLUDED");
		assertThat(detail.at("/outcome/summary").asString()).isEqualTo("共收到意见1条，部分采纳1条。");
		assertThat(detail.at("/outcome/groups/0/adoption").asString()).isEqualTo("PARTLY_ADOPTED");
		assertThat(detail.at("/outcome/groups/0/commentIds").size()).isEqualTo(1);
		assertThat(detail.at("/outcome/finalDocument/id").asLong()).isEqualTo(fixtures.decisionDocument());
		assertThat(detail.at("/outcome/finalDocument/url").asString()).startsWith("http://localhost/catalogue/documents/");
		assertThat(detail.toString()).doesNotContain("wang@example.com");
	}

	@Test
	void aCommentIsCreatedWithItsCodeWithoutAFormTokenAndItsStatusCanBeRead() throws Exception {
		long id = fixtures.open("接口测试：提交意见的办法");
		long article3 = fixtures.articleId(id, 3);
		MvcResult created = mvc.perform(comment(id, """
				{"articleId": %d, "name": "赵先生", "contact": "zhao@example.com", "wantsReply": true,
				 "body": "建议明确补贴申领时限。"}""".formatted(article3))).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		assertThat(created.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		JsonNode receipt = json.readTree(created.getResponse().getContentAsString(StandardCharsets.UTF_8));
		String code = receipt.get("statusCode").asString();
		assertThat(code).hasSize(8);
		assertThat(created.getResponse().getHeader("Location"))
			.isEqualTo("http://localhost/api/v1/consultations/comments/" + code)
			.isEqualTo(receipt.get("statusUrl").asString());

		JsonNode status = read(mvc.perform(get("/api/v1/consultations/comments/{code}", code)
			.with(ClientAddresses.from(ClientAddresses.fresh()))), 200);
		assertThat(status.get("status").asString()).isEqualTo("PENDING");
		assertThat(status.get("articleLabel").asString()).isEqualTo("第三条");
		assertThat(status.get("body").asString()).isEqualTo("建议明确补贴申领时限。");
		assertThat(status.toString()).doesNotContain("zhao@example.com");
		JsonNode unknown = read(mvc.perform(get("/api/v1/consultations/comments/{code}", "ZZZZ9999")
			.with(ClientAddresses.from(ClientAddresses.fresh()))), 404);
		assertThat(unknown.at("/errors/0/field").asString()).isEqualTo("code");
	}

	@Test
	void badCommentsAreProblemsNamingTheFieldAndLateOnesAConflict() throws Exception {
		long id = fixtures.open("接口测试：填错的办法");
		JsonNode empty = read(mvc.perform(comment(id, "{\"body\": \"\"}")), 400);
		assertThat(empty.at("/errors/0/field").asString()).isEqualTo("body");
		JsonNode markup = read(mvc.perform(comment(id, "{\"body\": \"<img src=x onerror=alert(1)>\"}")), 400);
		assertThat(markup.at("/errors/0/field").asString()).isEqualTo("body");
		assertThat(markup.get("detail").asString()).contains("网页代码");
		JsonNode noContact = read(mvc.perform(comment(id, "{\"body\": \"请回复。\", \"wantsReply\": true}")), 400);
		assertThat(noContact.at("/errors/0/field").asString()).isEqualTo("contact");

		long closed = fixtures.closed("接口测试：已截止的办法");
		JsonNode late = read(mvc.perform(comment(closed, "{\"body\": \"截止后才来。\"}")), 409);
		assertThat(late.get("detail").asString()).contains("截止，不再接受意见");
	}

	@Test
	void commentsThroughTheApiShareTheRateLimit() throws Exception {
		long id = fixtures.open("接口测试：限流的办法");
		String address = ClientAddresses.fresh();
		for (int i = 0; i < 10; i++) {
			mvc.perform(comment(id, "{\"body\": \"第" + i + "条。\"}").with(ClientAddresses.from(address)));
		}
		MvcResult refused = mvc.perform(comment(id, "{\"body\": \"又一条。\"}").with(ClientAddresses.from(address)))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
	}

	@Test
	void theOpenApiDocumentDescribesTheFourOperations() throws Exception {
		JsonNode doc = read(mvc.perform(get("/v3/api-docs")), 200);
		assertThat(doc.at("/paths/~1api~1v1~1consultations/get/parameters").toString()).contains("phase");
		assertThat(doc.at("/paths/~1api~1v1~1consultations~1{id}/get/responses").has("404")).isTrue();
		JsonNode post = doc.at("/paths/~1api~1v1~1consultations~1{id}~1comments/post/responses");
		assertThat(post.has("201")).isTrue();
		assertThat(post.has("409")).isTrue();
		assertThat(doc.at("/paths/~1api~1v1~1consultations~1comments~1{code}/get/responses").has("404")).isTrue();
	}

	private static MockHttpServletRequestBuilder comment(long id, String body) {
		return post("/api/v1/consultations/{id}/comments", id).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(ClientAddresses.from(ClientAddresses.fresh()));
	}

	private JsonNode read(org.springframework.test.web.servlet.ResultActions actions, int status) throws Exception {
		MvcResult result = actions.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}

package org.gongkai.requests.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongkai.support.ClientAddresses;
import org.gongkai.support.GongkaiTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public JSON API: apply (201, problem details, idempotency keys scoped to the client and bound to the body) and
 * track (404 for every mismatch).
 */
@GongkaiTest
class RequestsApiTest {

	static final String VALID = """
			{"kind":"NATURAL_PERSON","name":"赵六","idType":"RESIDENT_ID","idNumber":"430104199001011230",
			 "phone":"13812345678","email":"zhaoliu@example.com","items":[{"description":"%s","documentNumber":null}],
			 "wantedForm":"ONLINE_DOWNLOAD","delivery":"ONLINE"}""";

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aValidApplicationIsCreatedWithItsCodeAndALocationToTrackIt() throws Exception {
		MvcResult result = mvc.perform(apply(VALID.formatted("2026年高校毕业生就业见习计划"))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		JsonNode body = json.readTree(result.getResponse().getContentAsString());
		String number = body.get("trackingNumber").asString();
		assertThat(number).matches("YS2026-\\d{5}");
		assertThat(body.get("queryCode").asString()).matches("[A-Z2-9]{8}");
		assertThat(body.get("receivedOn").asString()).isEqualTo("2026-11-27");
		assertThat(body.get("dueDate").asString()).isEqualTo("2026-12-25");
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("http://localhost/api/v1/requests/" + number);

		MvcResult tracked = mvc.perform(get("/api/v1/requests/{n}", number).with(fresh()).param("queryCode",
				body.get("queryCode").asString())).andReturn();
		assertThat(tracked.getResponse().getStatus()).isEqualTo(200);
		assertThat(tracked.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
		JsonNode view = json.readTree(tracked.getResponse().getContentAsString());
		assertThat(view.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(view.at("/clock/replyDays").asInt()).isEqualTo(20);
		assertThat(view.at("/clock/dueDate").asString()).isEqualTo("2026-12-25");
		assertThat(view.at("/items/0/description").asString()).isEqualTo("2026年高校毕业生就业见习计划");
		assertThat(tracked.getResponse().getContentAsString()).doesNotContain("赵六", "430104199001011230",
				"zhaoliu@example.com", "13812345678");
	}

	@Test
	void badInputIsAProblemListingEachField() throws Exception {
		String bad = """
				{"kind":"NATURAL_PERSON","name":"","idType":"RESIDENT_ID","idNumber":"430104199001011231",
				 "phone":"","items":[{"description":"","documentNumber":""}],"wantedForm":"EMAIL","delivery":"EMAIL"}""";
		MvcResult result = mvc.perform(apply(bad)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		JsonNode problem = json.readTree(result.getResponse().getContentAsString());
		List<String> fields = problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
		assertThat(fields).contains("name", "idNumber", "phone", "email", "items[0].description");
		assertThat(problem.get("errors").valueStream()
			.filter(e -> e.get("field").asString().equals("idNumber"))
			.map(e -> e.get("message").asString())).anyMatch(m -> m.contains("校验位"));

		String noItems = VALID.formatted("x").replaceFirst("\"items\":\\[[^]]*]", "\"items\":[]");
		JsonNode empty = json.readTree(mvc.perform(apply(noItems)).andReturn().getResponse().getContentAsString());
		assertThat(empty.get("errors").valueStream().map(e -> e.get("field").asString()))
			.contains("items", "items[0].description");
	}

	@Test
	void aRetryFromTheSameClientWithTheSameBodyAnswersTheFirstAnswerAgainCodeIncluded() throws Exception {
		String client = ClientAddresses.fresh();
		String body = VALID.formatted("工伤保险待遇标准");
		long before = applications();
		MvcResult first = mvc.perform(apply(body, client).header("Idempotency-Key", "client-42-retry")).andReturn();
		String respaced = body.replace(",", " ,\n  ").replace(":", " : ");
		MvcResult retry = mvc.perform(apply(respaced, client).header("Idempotency-Key", "client-42-retry")).andReturn();

		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(retry.getResponse().getStatus()).as("the same answer as the first time").isEqualTo(201);
		JsonNode one = json.readTree(first.getResponse().getContentAsString());
		JsonNode two = json.readTree(retry.getResponse().getContentAsString());
		assertThat(two.get("trackingNumber").asString()).isEqualTo(one.get("trackingNumber").asString());
		assertThat(two.get("queryCode").asString()).as("the applicant may never have seen the first answer")
			.isEqualTo(one.get("queryCode").asString());
		assertThat(retry.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
		assertThat(applications()).as("one application").isEqualTo(before + 1);

		MvcResult tooLong = mvc.perform(apply(body).header("Idempotency-Key", "k".repeat(61))).andReturn();
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
		assertThat(tooLong.getResponse().getContentAsString()).contains("Idempotency-Key");
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefusedNamingTheHeader() throws Exception {
		String client = ClientAddresses.fresh();
		mvc.perform(apply(VALID.formatted("养老保险缴费基数"), client).header("Idempotency-Key", "reused-key"))
			.andExpect(status().isCreated());
		long before = applications();
		MvcResult other = mvc
			.perform(apply(VALID.formatted("失业保险金标准"), client).header("Idempotency-Key", "reused-key"))
			.andReturn();
		assertThat(other.getResponse().getStatus()).isEqualTo(422);
		assertThat(other.getResponse().getContentType()).startsWith("application/problem+json");
		JsonNode problem = json.readTree(other.getResponse().getContentAsString());
		assertThat(problem.at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
		assertThat(problem.get("detail").asString()).contains("Idempotency-Key").doesNotContain("YS2026");
		assertThat(applications()).as("nothing created").isEqualTo(before);
	}

	@Test
	void anotherClientsApplicationWithTheSameKeyIsItsOwn() throws Exception {
		MvcResult first = mvc.perform(apply(VALID.formatted("医保目录"), ClientAddresses.fresh())
			.header("Idempotency-Key", "order-1")).andReturn();
		MvcResult second = mvc.perform(apply(VALID.formatted("工伤认定程序"), ClientAddresses.fresh())
			.header("Idempotency-Key", "order-1")).andReturn();
		assertThat(second.getResponse().getStatus()).isEqualTo(201);
		JsonNode one = json.readTree(first.getResponse().getContentAsString());
		JsonNode two = json.readTree(second.getResponse().getContentAsString());
		assertThat(two.get("trackingNumber").asString()).as("not the first applicant's number")
			.isNotEqualTo(one.get("trackingNumber").asString());
		JsonNode tracked = json.readTree(mvc
			.perform(get("/api/v1/requests/{n}", two.get("trackingNumber").asString()).with(fresh())
				.param("queryCode", two.get("queryCode").asString()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(tracked.at("/items/0/description").asString()).as("its own application was kept")
			.isEqualTo("工伤认定程序");
	}

	@Test
	void aWrongCodeAndAnUnknownNumberAnswerTheSame404() throws Exception {
		JsonNode receipt = json.readTree(
				mvc.perform(apply(VALID.formatted("职称评审结果"))).andReturn().getResponse().getContentAsString());
		String number = receipt.get("trackingNumber").asString();
		MvcResult wrongCode = mvc.perform(get("/api/v1/requests/{n}", number).with(fresh()).param("queryCode", "AAAAAAAA")).andReturn();
		MvcResult unknown = mvc.perform(get("/api/v1/requests/{n}", "YS2026-99999").with(fresh())
			.param("queryCode", receipt.get("queryCode").asString())).andReturn();
		assertThat(wrongCode.getResponse().getStatus()).isEqualTo(404);
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
		assertThat(wrongCode.getResponse().getContentType()).startsWith("application/problem+json");
		Map<String, Object> a = withoutInstance(wrongCode);
		Map<String, Object> b = withoutInstance(unknown);
		assertThat(a).isEqualTo(b).containsEntry("status", 404);
		assertThat(wrongCode.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void oneAddressMayApplyFiveTimesAnHourAndTrackThirtyTimesInTenMinutes() throws Exception {
		String address = ClientAddresses.fresh();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
				.content(VALID.formatted("限流测试 " + i))
				.with(ClientAddresses.from(address))).andExpect(status().isCreated());
		}
		long before = applications();
		mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
			.content(VALID.formatted("第六次"))
			.with(ClientAddresses.from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		assertThat(applications()).as("nothing saved").isEqualTo(before);

		String guesser = ClientAddresses.fresh();
		for (int i = 0; i < 30; i++) {
			mvc.perform(get("/api/v1/requests/{n}", "YS2026-00001").param("queryCode", "GUESS" + i)
				.with(ClientAddresses.from(guesser))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/requests/{n}", "YS2026-00001").param("queryCode", "GUESS31")
			.with(ClientAddresses.from(guesser))).andExpect(status().isTooManyRequests());
	}

	private long applications() {
		return jdbc.queryForObject("select count(*) from disclosure_request", Long.class);
	}

	@Test
	void theOpenApiDocumentDescribesBothOperations() throws Exception {
		JsonNode doc = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		assertThat(doc.at("/paths/~1api~1v1~1requests/post/responses").has("201")).isTrue();
		assertThat(doc.at("/paths/~1api~1v1~1requests/post/parameters").toString()).contains("Idempotency-Key");
		assertThat(doc.at("/paths/~1api~1v1~1requests~1{trackingNumber}/get/responses").has("404")).isTrue();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> withoutInstance(MvcResult result) throws Exception {
		Map<String, Object> body = json.readValue(result.getResponse().getContentAsString(), Map.class);
		body.remove("instance");
		return body;
	}

	private static MockHttpServletRequestBuilder apply(String body) {
		return apply(body, ClientAddresses.fresh());
	}

	private static MockHttpServletRequestBuilder apply(String body, String client) {
		return post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(ClientAddresses.from(client));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor fresh() {
		return ClientAddresses.from(ClientAddresses.fresh());
	}

}

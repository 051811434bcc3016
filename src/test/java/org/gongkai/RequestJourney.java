package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongkai.support.ClientAddresses;
import org.gongkai.support.MutableClock;
import org.gongkai.support.TestAccounts;

/**
 * The journey of a disclosure application through the public and staff APIs, on the 2026 calendar: received
 * Monday 14 September, a correction the applicant sends through the API (restart on 17 September), 中秋节 and
 * 国庆节 with their make-up working days, a third-party consultation (13-16 October not counted), a 20-day
 * extension, and a partial disclosure with the generated letter; Table B of 2026 counts it as 部分公开 of a natural person with every check passing.
 */
final class RequestJourney {

	private static final ZoneId CHANGSHA = ZoneId.of("Asia/Shanghai");

	private final MockMvc mvc;

	private final MutableClock clock;

	private final JdbcTemplate jdbc;

	RequestJourney(MockMvc mvc, MutableClock clock, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	void run() throws Exception {
		int partlyBefore = partlyDisclosedByPersons();

		on(2026, 9, 14);
		String receipt = mvc.perform(post("/api/v1/requests").with(ClientAddresses.from(ClientAddresses.fresh()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"NATURAL_PERSON","name":"张三","idType":"RESIDENT_ID","idNumber":"430104199001011230",
					 "phone":"13812345678","email":"journey@example.com",
					 "items":[{"description":"2026年就业补助资金分配文件"}],
					 "wantedForm":"EMAIL","delivery":"EMAIL"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receivedOn").value("2026-09-14"))
			.andExpect(jsonPath("$.dueDate").value("2026-10-16"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String number = JsonPath.read(receipt, "$.trackingNumber");
		String code = JsonPath.read(receipt, "$.queryCode");
		long id = ((Number) JsonPath.read(mvc.perform(get("/api/v1/admin/requests/by-number/" + number).with(staff("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id")).longValue();

		step("office", id, "assign", "{\"unitIds\":[" + jdbc.queryForObject("select id from unit where code = 'legal'",
				Long.class) + "]}");
		on(2026, 9, 15);
		step("handler", id, "correction", "{\"whatToCorrect\":\"请写明文号\",\"correctBy\":\"2026-09-25\"}");
		on(2026, 9, 17);
		mvc.perform(post("/api/v1/requests/" + number + "/correction").param("queryCode", code)
			.with(ClientAddresses.from(ClientAddresses.fresh()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"items":[{"description":"2026年就业补助资金分配的通知","documentNumber":"湘财社〔2026〕12号"}],
					 "note":"已补充文号"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.items[0].documentNumber").value("湘财社〔2026〕12号"));
		on(2026, 10, 12);
		String consulting = step("handler", id, "consultations", "{\"kind\":\"THIRD_PARTY\",\"party\":\"某企业\"}");
		List<Number> stopIds = JsonPath.read(consulting, "$.stops[?(@.kind == 'THIRD_PARTY')].id");
		Number stopId = stopIds.get(0);
		on(2026, 10, 16);
		step("handler", id, "consultations/" + stopId + "/answer",
				"{\"answeredOn\":\"2026-10-16\",\"outcome\":\"OBJECTED\",\"note\":\"涉及经营信息\"}");
		on(2026, 10, 19);
		step("handler", id, "extension", "{\"days\":20,\"reason\":\"需协调多个处室\"}");
		step("officehead", id, "extension/decision", "{\"approve\":true}");

		mvc.perform(get("/api/v1/requests/" + number).param("queryCode", code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clock.dueDate").value("2026-11-24"))
			.andExpect(jsonPath("$.clock.clockStart").value("2026-09-17"))
			.andExpect(jsonPath("$.clock.extensionDays").value(20))
			.andExpect(jsonPath("$.clock.stops[0].workingDaysNotCounted").value(4))
			.andExpect(jsonPath("$.clock.holidays[0].date").value("2026-09-25"))
			.andExpect(jsonPath("$.clock.holidays[9].date").value("2026-10-07"))
			.andExpect(jsonPath("$.clock.makeUpWorkdays[1].date").value("2026-10-10"));

		on(2026, 10, 23);
		String item = mvc.perform(get("/api/v1/admin/requests/" + id).with(staff("handler")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Number itemId = JsonPath.read(item, "$.items[0].id");
		step("handler", id, "items/" + itemId + "/decision",
				"{\"reply\":\"PARTLY_DISCLOSED\",\"ground\":\"THIRD_PARTY_RIGHTS\",\"explanation\":\"企业经营信息不予公开\"}");
		String draft = JsonPath.read(mvc.perform(get("/api/v1/admin/requests/" + id + "/reply/draft").with(staff("handler")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.letter");
		assertThat(draft).contains("第三十七条").contains("第十五条");
		step("handler", id, "reply", "{\"letter\":" + tools.jackson.databind.json.JsonMapper.builder().build()
			.writeValueAsString(draft) + "}");

		mvc.perform(get("/api/v1/requests/" + number).param("queryCode", code))
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.items[0].reply").value("PARTLY_DISCLOSED"));
		mvc.perform(get("/api/v1/admin/requests/statistics").param("year", "2026").with(staff("office")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.consistent").value(true));
		assertThat(partlyDisclosedByPersons()).isEqualTo(partlyBefore + 1);
	}

	private int partlyDisclosedByPersons() throws Exception {
		String stats = mvc.perform(get("/api/v1/admin/requests/statistics").param("year", "2026").with(staff("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(stats, "$.tableB.results.PARTLY_DISCLOSED.byApplicant.NATURAL_PERSON");
	}

	private String step(String user, long id, String action, String json) throws Exception {
		return mvc.perform(post("/api/v1/admin/requests/" + id + "/" + action).with(staff(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor staff(String username) {
		return httpBasic(username, TestAccounts.DEMO_PASSWORD);
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(CHANGSHA).toInstant());
	}

}

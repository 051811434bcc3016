package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.support.ClientAddresses;
import org.gongkai.support.MutableClock;
import org.gongkai.support.TestAccounts;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The consultation journey through the APIs: 就业处 drafts a measure, the office publishes it after the
 * confidentiality review (open 12 October to 11 November 2026), a citizen comments on article 3, the editor
 * approves it and it shows beside article 3; after closing a late comment is refused, and the unit groups the
 * opinion, links the final decision from the catalogue and publishes the feedback.
 */
final class ConsultationJourney {

	private static final ZoneId CHANGSHA = ZoneId.of("Asia/Shanghai");

	private static final String COMMENT = "建议将补贴标准提高到每人每月800元。";

	private final MockMvc mvc;

	private final MutableClock clock;

	private final JdbcTemplate jdbc;

	ConsultationJourney(MockMvc mvc, MutableClock clock, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	void run(Runnable backToToday) throws Exception {
		on(2026, 10, 9);
		long employment = jdbc.queryForObject("select id from unit where code = 'employment'", Long.class);
		String created = json(mvc.perform(post("/api/v1/admin/consultations").with(staff("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"湖南省吸纳就业补贴实施办法（征求意见稿）","explanation":"为落实就业优先政策，起草了本办法。",
					 "unitId":%d,"contact":"就业处 0731-00000000","normative":false,
					 "opensOn":"2026-10-12","closesOn":"2026-11-11",
					 "draftText":"第一条　为做好稳就业工作，制定本办法。\\n第二条　本办法适用于本省用人单位。\\n第三条　吸纳登记失业人员就业的，按每人每月500元给予补贴。\\n第四条　本办法自印发之日起施行。"}"""
				.formatted(employment)))
			.andExpect(status().isCreated()));
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		String draft = json(mvc.perform(get("/api/v1/admin/consultations/{id}", id).with(staff("office")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.articles[2].label").value("第三条")));
		long article3 = ((Number) JsonPath.read(draft, "$.articles[2].id")).longValue();
		mvc.perform(post("/api/v1/admin/consultations/{id}/publish", id).with(staff("office"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + JsonPath.read(draft, "$.version") + "}")).andExpect(status().isOk());

		on(2026, 10, 20);
		mvc.perform(post("/api/v1/consultations/{id}/comments", id).with(ClientAddresses.from(ClientAddresses.fresh()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"articleId\":" + article3 + ",\"name\":\"李女士\",\"contact\":\"li@example.com\","
					+ "\"wantsReply\":true,\"body\":\"" + COMMENT + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.statusCode").isString());
		mvc.perform(get("/api/v1/consultations/{id}", id)).andExpect(jsonPath("$.articles[2].comments", empty()));

		String pending = json(mvc.perform(get("/api/v1/admin/consultations/comments/pending").with(staff("editor")))
			.andExpect(status().isOk()));
		List<Map<String, Object>> mine = JsonPath.read(pending, "$[?(@.consultationId == " + id + ")]");
		assertThat(mine).hasSize(1);
		long comment = ((Number) mine.get(0).get("id")).longValue();
		mvc.perform(post("/api/v1/admin/consultations/comments/{c}/approve", comment).with(staff("reviewer"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + mine.get(0).get("version") + "}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/admin/consultations/comments/{c}/approve", comment).with(staff("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + mine.get(0).get("version") + "}")).andExpect(status().is2xxSuccessful());
		mvc.perform(get("/api/v1/consultations/{id}", id))
			.andExpect(jsonPath("$.phase").value("OPEN"))
			.andExpect(jsonPath("$.articles[2].comments[0].body").value(COMMENT))
			.andExpect(jsonPath("$.articles[0].comments", empty()));
		mvc.perform(post("/api/v1/admin/consultations/{id}/outcome/publish", id).with(staff("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version(id) + "}")).andExpect(status().isConflict());

		backToToday.run();
		mvc.perform(post("/api/v1/consultations/{id}/comments", id).with(ClientAddresses.from(ClientAddresses.fresh()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"截止后才来的意见\"}"))
			.andExpect(status().isConflict());
		long decision = jdbc.queryForObject("select min(id) from catalogue_document where status = 'PUBLISHED' "
				+ "and disclosure = 'PROACTIVE'", Long.class);
		mvc.perform(post("/api/v1/admin/consultations/{id}/groups", id).with(staff("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"summary\":\"关于补贴标准\",\"adoption\":\"PARTLY_ADOPTED\",\"reason\":\"结合财力，标准调整为每人每月600元。\","
					+ "\"commentIds\":[" + comment + "]}"))
			.andExpect(status().isCreated());
		mvc.perform(put("/api/v1/admin/consultations/{id}/outcome", id).with(staff("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"summary\":\"共收到意见1条，部分采纳1条。\",\"finalDocumentId\":" + decision + "}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/admin/consultations/{id}/outcome/publish", id).with(staff("editor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version(id) + "}")).andExpect(status().isOk());

		mvc.perform(get("/api/v1/consultations/{id}", id))
			.andExpect(jsonPath("$.phase").value("CONCLUDED"))
			.andExpect(jsonPath("$.outcome.groups[0].adoption").value("PARTLY_ADOPTED"))
			.andExpect(jsonPath("$.outcome.groups[0].commentIds[0]").value((int) comment))
			.andExpect(jsonPath("$.outcome.finalDocument.id").value((int) decision));
		assertThat(jdbc.queryForList("select action from audit_entry where object_type = 'Consultation' and object_id = ?",
				String.class, String.valueOf(id))).contains("consultation.created", "consultation.published",
						"consultation.outcome.published");
	}

	private long version(long id) throws Exception {
		String view = json(mvc.perform(get("/api/v1/admin/consultations/{id}", id).with(staff("editor"))));
		return ((Number) JsonPath.read(view, "$.version")).longValue();
	}

	private static String json(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	private static RequestPostProcessor staff(String username) {
		return httpBasic(username, TestAccounts.DEMO_PASSWORD);
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(CHANGSHA).toInstant());
	}

}

package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.consultation.site.ConsultationFixtures;
import org.gongkai.security.Endpoints.Endpoint;
import org.gongkai.support.ClientAddresses;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payloads of {@link Payloads} in every public input, and every page that shows the input back: the
 * public forms re-shown with errors, the track and comment-status pages, search and list filters, and on the
 * staff side the case, its letter, the inbox, the moderation queue and the comments list; the exports of that
 * input are downloads, never pages.
 */
@GongkaiTest
class XssTest {

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService staff;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void applicationsCarryingPayloadsRunNothingOnThePublicOrTheStaffPages() throws Exception {
		RequestPostProcessor office = new Subjects(jdbc, staff).account("office");
		for (String payload : Payloads.within(100)) {
			String body = json.writeValueAsString(Map.of("kind", "NATURAL_PERSON", "name", payload, "idType",
					"RESIDENT_ID", "idNumber", "430104199001011230", "phone", "13812345678", "address", payload,
					"purpose", String.join(" ", Payloads.ALL), "items",
					List.of(Map.of("description", String.join(" ", Payloads.ALL), "documentNumber", payload)),
					"wantedForm", "ONLINE_DOWNLOAD", "delivery", "ONLINE"));
			MvcResult created = mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(fresh())).andReturn();
			assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString())
				.isEqualTo(201);
			JsonNode receipt = json.readTree(created.getResponse().getContentAsString());
			String number = receipt.get("trackingNumber").asString();
			long id = jdbc.queryForObject("select id from disclosure_request where tracking_number = ?", Long.class,
					number);
			page("the track page", mvc.perform(post("/track").param("trackingNumber", number)
				.param("queryCode", receipt.get("queryCode").asString())
				.with(csrf())
				.with(fresh())).andReturn());
			page("the case", mvc.perform(get("/admin/requests/{id}", id).with(office)).andReturn());
			page("the reply letter", mvc.perform(get("/admin/requests/{id}/letter", id).with(office)).andReturn());
		}
		page("the inbox", mvc.perform(get("/admin/requests").with(office)).andReturn());
		for (String payload : Payloads.ALL) {
			page("the inbox searched", mvc.perform(get("/admin/requests").param("q", payload).with(office)).andReturn());
		}
	}

	@Test
	void theApplicationFormShowsPayloadsBackInert() throws Exception {
		for (String payload : Payloads.within(100)) {
			MockHttpSession session = new MockHttpSession();
			String form = mvc.perform(get("/apply").session(session)).andReturn().getResponse().getContentAsString();
			String key = org.jsoup.Jsoup.parse(form).selectFirst("input[name=submissionKey]").val();
			MvcResult again = mvc.perform(post("/apply").session(session)
				.param("submissionKey", key)
				.param("kind", "NATURAL_PERSON")
				.param("personName", payload)
				.param("idType", "RESIDENT_ID")
				.param("idNumber", payload)
				.param("phone", payload)
				.param("email", payload)
				.param("address", payload)
				.param("postcode", payload)
				.param("items[0].description", payload)
				.param("items[0].documentNumber", payload)
				.param("purpose", payload)
				.param("wantedForm", "EMAIL")
				.param("delivery", "EMAIL")
				.with(csrf())
				.with(fresh())).andReturn();
			assertThat(again.getResponse().getContentAsString()).as("the form is shown again").contains("submissionKey");
			page("the application form with errors", again);
		}
	}

	@Test
	void commentsCarryingPayloadsRunNothingInModerationOrOnThePublicPage() throws Exception {
		long id = new ConsultationFixtures(context).open("跨站脚本测试：意见的显示");
		RequestPostProcessor office = new Subjects(jdbc, staff).account("office");
		for (String payload : Payloads.within(100)) {
			MvcResult shown = mvc.perform(post("/consultations/{id}/comments", id).param("name", payload)
				.param("contact", payload)
				.param("body", payload + " 建议")
				.with(csrf())
				.with(fresh())).andReturn();
			if (shown.getResponse().getStatus() != 302) {
				page("the comment form with errors", shown);
			}
			mvc.perform(post("/api/v1/consultations/{id}/comments", id).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("name", payload, "contact", payload, "body", payload + " 意见")))
				.with(fresh())).andReturn();
			page("the comment-status lookup", mvc.perform(post("/consultations/comments/status").param("code", payload)
				.with(csrf())
				.with(fresh())).andReturn());
		}
		page("the moderation queue", mvc.perform(get("/admin/consultations/moderation").with(office)).andReturn());
		page("the comments", mvc.perform(get("/admin/consultations/{id}/comments", id).with(office)).andReturn());
		for (Map<String, Object> comment : jdbc.queryForList(
				"select id, version from consultation_comment where consultation_id = ? and status = 'PENDING'", id)) {
			mvc.perform(post("/admin/consultations/comments/{c}/approve", comment.get("id"))
				.param("version", String.valueOf(comment.get("version")))
				.with(csrf())
				.with(office));
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from consultation_comment where consultation_id = ? and status = 'APPROVED'",
				Long.class, id)).as("comments published").isPositive();
		page("the consultation with its comments", mvc.perform(get("/consultations/{id}", id)).andReturn());
		page("the comments", mvc.perform(get("/admin/consultations/{id}/comments", id).with(office)).andReturn());
		MvcResult export = mvc.perform(get("/admin/consultations/{id}/comments.xlsx", id).with(office)).andReturn();
		assertThat(export.getResponse().getContentType()).as("the comments export").doesNotContain("html");
		assertThat(export.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
	}

	@Test
	void trackAndSearchAndListFiltersShowPayloadsBackInert() throws Exception {
		for (String payload : Payloads.ALL) {
			page("the track page", mvc.perform(post("/track").param("trackingNumber", payload)
				.param("queryCode", payload)
				.with(csrf())
				.with(fresh())).andReturn());
		}
		List<Endpoint> pages = Endpoints.of(mapping)
			.all()
			.stream()
			.filter(e -> !e.changes() && !e.api() && !e.console() && e.variables().isEmpty()
					&& !e.pattern().startsWith("/api/") && !e.pattern().startsWith("/v3/")
					&& !e.pattern().startsWith("/error") && !e.pattern().contains("*")
					&& !e.pattern().contains("||"))
			.toList();
		assertThat(pages).as("public pages").hasSizeGreaterThan(10);
		for (Endpoint endpoint : pages) {
			for (String payload : Payloads.ALL) {
				MvcResult result = mvc.perform(get(endpoint.pattern()).servletPath(endpoint.pattern().equals("/") ? "" : endpoint.pattern())
					.param("q", payload)
					.param("type", payload)
					.param("form", payload)
					.param("category", payload)
					.param("year", payload)
					.param("unit", payload)
					.with(fresh())).andReturn();
				String type = result.getResponse().getContentType();
				if (type != null && type.contains("html")) {
					page(endpoint.key() + " with " + payload, result);
				}
				else {
					assertThat(result.getResponse().getContentAsString()).as(endpoint.key())
						.doesNotContain(Payloads.EVALUATED);
				}
			}
		}
	}

	@Test
	void staffRichTextKeepsNothingThatRuns() {
		for (String payload : Payloads.ALL) {
			Payloads.assertInert("RichText.sanitize(" + payload + ")", org.gongkai.catalogue.RichText.sanitize(payload));
			Payloads.assertInert("RichText.fromPlainText(" + payload + ")",
					org.gongkai.catalogue.RichText.fromPlainText(payload));
		}
		Payloads.assertInert("all payloads at once", org.gongkai.catalogue.RichText.sanitize(String.join("", Payloads.ALL)));
	}

	private void page(String where, MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as(where + " answers without a server error").isLessThan(500);
		Payloads.assertInert(where, result.getResponse().getContentAsString());
	}

	private static RequestPostProcessor fresh() {
		return ClientAddresses.from(ClientAddresses.fresh());
	}

}

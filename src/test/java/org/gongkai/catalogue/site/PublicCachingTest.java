package org.gongkai.catalogue.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.gongkai.catalogue.Attachments;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Caching for a spike (issue item 10): anonymous responses are public with validators and answer
 * conditional requests with 304; publishing, changing validity and withdrawing make them fresh at once;
 * staff and the console are never stored.
 */
@GongkaiTest
class PublicCachingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	Attachments attachments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	SiteFixtures fixtures;

	@BeforeEach
	void setUp() throws Exception {
		fixtures = new SiteFixtures(workflow, attachments, jdbc, clock, mvc);
	}

	@Test
	void theCatalogueIsPublicWithValidatorsAndAnswersConditionalRequestsWith304() throws Exception {
		long id = fixtures.publish("缓存测试文件", fixtures.category("employment"));
		MockHttpServletResponse first = mvc.perform(get("/catalogue"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "public, max-age=60"))
			.andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("Cookie")))
			.andExpect(header().doesNotExist("Pragma"))
			.andExpect(header().doesNotExist("Expires"))
			.andReturn()
			.getResponse();
		String etag = first.getHeader("ETag");
		String lastModified = first.getHeader("Last-Modified");
		assertThat(etag).isNotBlank();
		assertThat(lastModified).isNotBlank();

		mvc.perform(get("/catalogue").header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", etag));
		mvc.perform(get("/catalogue").header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());
		mvc.perform(get("/catalogue").header("If-None-Match", etag).cookie(new Cookie("gk-lang", "en")))
			.andExpect(status().isOk());

		fixtures.withdraw(id);
		String fresh = mvc.perform(get("/catalogue").header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(fresh).isNotEqualTo(etag);
		mvc.perform(get("/catalogue").header("If-Modified-Since", lastModified)).andExpect(status().isOk());
	}

	@Test
	void aDocumentPageIsFreshAtOnceAfterItsValidityChangesAndGoneAfterWithdrawal() throws Exception {
		long id = fixtures.publish("有效性变化的缓存文件", fixtures.category("employment"));
		String etag = mvc.perform(get("/catalogue/documents/{id}", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(get("/catalogue/documents/{id}", id).header("If-None-Match", etag))
			.andExpect(status().isNotModified());

		fixtures.repeal(id, LocalDate.of(2026, 12, 1), null);
		mvc.perform(get("/catalogue/documents/{id}", id).header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", org.hamcrest.Matchers.not(etag)));

		fixtures.withdraw(id);
		mvc.perform(get("/catalogue/documents/{id}", id).header("If-None-Match", etag))
			.andExpect(status().isNotFound());
	}

	@Test
	void feedsTheSitemapAndTheApiAreCachedAndRevalidatedToo() throws Exception {
		long id = fixtures.publish("数据缓存测试文件", fixtures.category("employment"));
		for (String url : List.of("/catalogue/feed.atom", "/sitemap.xml", "/api/v1/documents",
				"/api/v1/documents/" + id, "/guide")) {
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
	void signedInStaffAndPreferenceSwitchesAreNeverStored() throws Exception {
		var office = Sessions.demo(mvc, "office");
		mvc.perform(get("/catalogue").with(office))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "private, no-store"))
			.andExpect(header().doesNotExist("ETag"));
		mvc.perform(get("/catalogue").param("lang", "en"))
			.andExpect(header().string("Cache-Control", "private, no-store"));
		mvc.perform(get("/admin/guide").with(office))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
		mvc.perform(get("/api/v1/admin/me").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.httpBasic("admin", org.gongkai.support.TestAccounts.ADMIN_PASSWORD)))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
	}

	@Test
	void anonymousPagesSetNoCookieAndCarryNoCsrfToken() throws Exception {
		long id = fixtures.publish("无会话缓存文件", fixtures.category("employment"));
		for (String url : List.of("/catalogue", "/catalogue/documents/" + id, "/guide")) {
			MockHttpServletResponse response = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
			assertThat(response.getHeaders("Set-Cookie")).as(url).isEmpty();
			assertThat(response.getContentAsString()).as(url).doesNotContain("_csrf");
		}
	}

}

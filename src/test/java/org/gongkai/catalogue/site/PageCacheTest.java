package org.gongkai.catalogue.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.gongkai.catalogue.Attachments;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.TestAccounts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The server's page cache (issue 6): an anonymous public page is rendered once and then served as kept, with
 * its headers and validators, until anything public changes; readers with a session, credentials or a forced
 * reload, and pages not marked public, always get a fresh rendering.
 */
@GongkaiTest
class PageCacheTest {

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
	void aKeptPageIsServedWithItsHeadersUntilAPublicationChangesIt() throws Exception {
		long id = fixtures.publish("页面缓存测试文件", fixtures.category("employment"));
		MockHttpServletResponse rendered = mvc.perform(get("/catalogue/documents/{id}", id))
			.andExpect(status().isOk())
			.andExpect(header().string(PAGE_CACHE, "miss"))
			.andReturn()
			.getResponse();
		MockHttpServletResponse kept = mvc.perform(get("/catalogue/documents/{id}", id))
			.andExpect(status().isOk())
			.andExpect(header().string(PAGE_CACHE, "hit"))
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(header().string("Cache-Control", "public, max-age=60"))
			.andExpect(header().string("ETag", rendered.getHeader("ETag")))
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse();
		assertThat(kept.getContentAsString()).isEqualTo(rendered.getContentAsString()).contains("页面缓存测试文件");

		mvc.perform(get("/catalogue")).andExpect(status().isOk());
		mvc.perform(get("/catalogue")).andExpect(header().string(PAGE_CACHE, "hit"));
		fixtures.publish("缓存之后发布的文件", fixtures.category("employment"));
		mvc.perform(get("/catalogue"))
			.andExpect(header().string(PAGE_CACHE, "miss"))
			.andExpect(content().string(Matchers.containsString("缓存之后发布的文件")));

		fixtures.withdraw(id);
		mvc.perform(get("/catalogue/documents/{id}", id)).andExpect(status().isNotFound());
	}

	@Test
	void conditionalAndHeadRequestsAreAnsweredFromTheKeptPage() throws Exception {
		long id = fixtures.publish("条件请求缓存文件", fixtures.category("employment"));
		String etag = mvc.perform(get("/catalogue/documents/{id}", id)).andReturn().getResponse().getHeader("ETag");
		mvc.perform(get("/catalogue/documents/{id}", id).header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(PAGE_CACHE, "hit"))
			.andExpect(content().string(""));
		mvc.perform(head("/catalogue/documents/{id}", id))
			.andExpect(status().isOk())
			.andExpect(header().string(PAGE_CACHE, "hit"))
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(""));
	}

	@Test
	void aRevalidationThatMissesKeepsTheWholePageAndStillGetsItsNotModified() throws Exception {
		long id = fixtures.publish("条件请求未命中文件", fixtures.category("employment"));
		String etag = mvc.perform(head("/catalogue/documents/{id}", id))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(PAGE_CACHE))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(get("/catalogue/documents/{id}", id).header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(PAGE_CACHE, "miss"))
			.andExpect(content().string(""));
		mvc.perform(get("/catalogue/documents/{id}", id))
			.andExpect(status().isOk())
			.andExpect(header().string(PAGE_CACHE, "hit"))
			.andExpect(content().string(Matchers.containsString("条件请求未命中文件")));
	}

	@Test
	void pagesAreKeptPerLanguage() throws Exception {
		long id = fixtures.publish("语言缓存文件", fixtures.category("employment"));
		Cookie english = new Cookie("gk-lang", "en");
		mvc.perform(get("/catalogue/documents/{id}", id)).andExpect(status().isOk());
		mvc.perform(get("/catalogue/documents/{id}", id).cookie(english))
			.andExpect(header().string(PAGE_CACHE, "miss"))
			.andExpect(content().string(Matchers.containsString("lang=\"en\"")));
		mvc.perform(get("/catalogue/documents/{id}", id).cookie(english))
			.andExpect(header().string(PAGE_CACHE, "hit"))
			.andExpect(content().string(Matchers.containsString("lang=\"en\"")));
		mvc.perform(get("/catalogue/documents/{id}", id))
			.andExpect(header().string(PAGE_CACHE, "hit"))
			.andExpect(content().string(Matchers.containsString("lang=\"zh-CN\"")));
	}

	@Test
	void staffCredentialsForcedReloadsSwitchesAndUnmarkedPagesAreRenderedEveryTime() throws Exception {
		long id = fixtures.publish("不缓存的情形文件", fixtures.category("employment"));
		String page = "/catalogue/documents/" + id;
		mvc.perform(get(page)).andExpect(status().isOk());
		mvc.perform(get(page)).andExpect(header().string(PAGE_CACHE, "hit"));

		mvc.perform(get(page).with(Sessions.demo(mvc, "office")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(PAGE_CACHE))
			.andExpect(header().string("Cache-Control", "private, no-store"));
		mvc.perform(get(page).with(httpBasic("admin", TestAccounts.ADMIN_PASSWORD)))
			.andExpect(header().doesNotExist(PAGE_CACHE));
		mvc.perform(get(page).header("Cache-Control", "no-cache"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(PAGE_CACHE));
		mvc.perform(get(page).header("Pragma", "no-cache")).andExpect(header().doesNotExist(PAGE_CACHE));
		for (int i = 0; i < 2; i++) {
			mvc.perform(get(page).param("lang", "en"))
				.andExpect(header().exists("Set-Cookie"))
				.andExpect(header().doesNotExist(PAGE_CACHE));
			mvc.perform(get("/track"))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist(PAGE_CACHE));
		}
	}

	@Test
	void searchResultsAreSharedUntilThePublicContentChanges() throws Exception {
		fixtures.publish("犀牛保护第一份通知", fixtures.category("employment"));
		mvc.perform(get("/search").param("q", "犀牛"))
			.andExpect(status().isOk())
			.andExpect(header().string(PAGE_CACHE, "miss"))
			.andExpect(header().string("Cache-Control", "public, max-age=60"));
		mvc.perform(get("/search").param("q", "犀牛"))
			.andExpect(header().string(PAGE_CACHE, "hit"))
			.andExpect(content().string(Matchers.containsString("保护第一份通知")));

		fixtures.publish("犀牛保护第二份通知", fixtures.category("employment"));
		mvc.perform(get("/search").param("q", "犀牛"))
			.andExpect(header().string(PAGE_CACHE, "miss"))
			.andExpect(content().string(Matchers.containsString("保护第二份通知")));

		mvc.perform(get("/search").param("q", "犀牛").with(Sessions.demo(mvc, "office")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(PAGE_CACHE))
			.andExpect(header().string("Cache-Control", Matchers.not(Matchers.containsString("public"))));
		for (int i = 0; i < 2; i++) {
			mvc.perform(get("/search").param("q", "犀牛").param("unit", "不是单位"))
				.andExpect(status().isBadRequest())
				.andExpect(header().string("Cache-Control", "no-store"))
				.andExpect(header().doesNotExist(PAGE_CACHE));
		}
	}

	private static final String PAGE_CACHE = "X-Page-Cache";

}

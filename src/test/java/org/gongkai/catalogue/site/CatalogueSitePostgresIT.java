package org.gongkai.catalogue.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.gongkai.catalogue.Attachments;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.TestAccounts;
import org.gongkai.support.TestClockConfig;
import org.gongkai.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public catalogue on a real PostgreSQL with the production profile: the guide's migration, the
 * category counts, the year filter, validators and the API. (The same behaviour on H2 is covered by the
 * {@link GongkaiTest} tests of this package.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@Import(TestClockConfig.class)
@TestPropertySource(properties = { "gongkai.admin.password=" + TestAccounts.ADMIN_PASSWORD,
		"gongkai.demo.password=" + TestAccounts.DEMO_PASSWORD, "gongkai.demo-data=true", "gongkai.site.public-url=http://localhost",
		"spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "gongkai.data-dir=target/test-data" })
class CatalogueSitePostgresIT {

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

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.register(registry);
	}

	@Test
	void theCatalogueGuideFeedsAndApiWorkOnPostgres() throws Exception {
		SiteFixtures fixtures = new SiteFixtures(workflow, attachments, jdbc, clock, mvc);
		var office = Sessions.demo(mvc, "office");
		long category = fixtures.newCategory(office, "数据库测试分类");
		long old = fixtures.publish("数据库测试旧文件", category);
		long current = fixtures.publish("数据库测试新文件", category);
		fixtures.repeal(old, LocalDate.of(2026, 12, 1), current);

		String list = mvc.perform(get("/catalogue").param("category", String.valueOf(category)).param("year", "2026"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("数据库测试旧文件", "数据库测试新文件", "共 2 条");
		String etag = mvc.perform(get("/catalogue/documents/{id}", old))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(get("/catalogue/documents/{id}", old).header("If-None-Match", etag)).andExpect(status().isNotModified());
		fixtures.withdraw(current);
		mvc.perform(get("/catalogue/documents/{id}", old).header("If-None-Match", etag)).andExpect(status().isOk());

		mvc.perform(get("/api/v1/documents").param("category", String.valueOf(category)).param("validity", "REPEALED"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].indexNumber").value(fixtures.indexNumber(old)));
		assertThat(mvc.perform(get("/catalogue/categories/{id}/feed.atom", category)).andReturn().getResponse()
			.getContentAsString()).contains("数据库测试旧文件").doesNotContain("数据库测试新文件");
		assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
			.contains("/catalogue/documents/" + old);

		assertThat(mvc.perform(get("/guide")).andReturn().getResponse().getContentAsString()).contains("二、依申请公开");
		mvc.perform(post("/admin/guide").with(office).with(csrf()).param("version", "0").param("body", "<p>新指南</p>"))
			.andExpect(redirectedUrl("/admin/guide"));
		mvc.perform(post("/admin/categories/{id}/delete", category).with(office).with(csrf()))
			.andExpect(redirectedUrl("/admin/categories"));
		assertThat(jdbc.queryForObject("select count(*) from catalogue_category where id = ?", Integer.class, category))
			.isOne();
	}

}

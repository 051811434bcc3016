package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManagerFactory;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditQuery;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.DocumentSearch;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.catalogue.RichText;
import org.gongkai.identity.UnitManagement;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The index in the console: counts, a rebuild in the background with its progress and audit, and the rebuild
 * at start-up when the index disagrees with the database (empty, or a publication the index missed).
 */
@GongkaiTest
class SearchConsoleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchService search;

	@Autowired
	IndexRebuild rebuild;

	@Autowired
	IndexBootstrap bootstrap;

	@Autowired
	DocumentSearch documents;

	@Autowired
	DocumentWorkflow workflow;

	@Autowired
	Catalogue catalogue;

	@Autowired
	UnitManagement units;

	@Autowired
	AuditLog audit;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onlyTheDisclosureOfficeAndAdministratorsSeeTheIndexPage() throws Exception {
		mvc.perform(get("/admin/search")).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
		mvc.perform(get("/admin/search").with(Sessions.demo(mvc, "editor"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/search/rebuild").with(Sessions.demo(mvc, "editor")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/search").with(Sessions.admin(mvc))).andExpect(status().isOk());
	}

	@Test
	void theConsoleRebuildsTheIndexInTheBackgroundAndShowsHowFarItGot() throws Exception {
		long id = new Publishing(workflow, catalogue, units).publish("白鹭湿地保护条例", null, null,
				RichText.fromPlainText("白鹭湿地"));
		var office = Sessions.demo(mvc, "office");
		mvc.perform(get("/admin/search").with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("索引中的文件")))
			.andExpect(content().string(containsString("数据库中的公开文件")));

		mvc.perform(post("/admin/search/rebuild").with(office).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/search"))
			.andExpect(flash().attributeExists("flash"));
		RebuildProgress done = rebuild.lastRun().get(2, TimeUnit.MINUTES);

		assertThat(done.state()).isEqualTo(RebuildProgress.State.FINISHED);
		assertThat(done.startedBy()).isEqualTo("office");
		assertThat(done.finishedAt()).isNotNull();
		assertThat(done.total()).isGreaterThanOrEqualTo(documents.publicCount());
		assertThat(search.indexedCount()).isEqualTo(documents.publicCount());
		assertThat(search.search(new SearchRequest("白鹭湿地", CatalogueFilter.none(), SearchSort.RELEVANCE, 1)).items())
			.extracting(SearchHit::id)
			.contains(id);
		mvc.perform(get("/admin/search").with(office))
			.andExpect(content().string(containsString("已完成")))
			.andExpect(content().string(containsString("<progress")));
		assertThat(audit.search(new AuditQuery("office", "search.rebuild.started", null, null, null, null),
				PageRequest.of(0, 10)).getContent()).isNotEmpty();
		assertThat(audit.search(new AuditQuery(null, "search.rebuild.finished", null, null, null, null),
				PageRequest.of(0, 10)).getContent()).isNotEmpty();
	}

	@Test
	void anEmptyIndexBesidePublicDocumentsIsRebuiltAtStartUp() throws Exception {
		long id = new Publishing(workflow, catalogue, units).publish("黑颈鹤越冬地保护办法", null, null,
				RichText.fromPlainText("黑颈鹤越冬地"));
		Search.mapping(entityManagerFactory).scope(Object.class, SearchService.DOCUMENT).workspace().purge();
		assertThat(search.indexedCount()).isZero();

		bootstrap.run();
		RebuildProgress done = rebuild.lastRun().get(2, TimeUnit.MINUTES);

		assertThat(done.state()).isEqualTo(RebuildProgress.State.FINISHED);
		assertThat(done.startedBy()).isEqualTo("system");
		assertThat(search.indexedCount()).isEqualTo(documents.publicCount());
		assertThat(search.search(new SearchRequest("黑颈鹤", CatalogueFilter.none(), SearchSort.RELEVANCE, 1)).items())
			.extracting(SearchHit::id)
			.containsExactly(id);
	}

	@Test
	void aPublicationCommittedButNotIndexedIsIndexedAtStartUp() throws Exception {
		rebuild.lastRun().get(2, TimeUnit.MINUTES);
		Publishing publishing = new Publishing(workflow, catalogue, units);
		publishing.publish("丹顶鹤栖息地巡护规定", null, null, RichText.fromPlainText("丹顶鹤栖息地"));
		long missed = publishing.draft(publishing.metadata("麋鹿保护区管理通告", null, null,
				RichText.fromPlainText("麋鹿保护区"), publishing.category("regulations"), "其他文件",
				LocalDate.of(2026, 11, 20)));
		// The process died after the database committed the publication and before the index did.
		jdbc.update("update catalogue_document set status = 'PUBLISHED', published_at = current_timestamp, "
				+ "index_number = 'TEST-MISSED-1' where id = ?", missed);
		assertThat(search.indexedCount()).isPositive().isLessThan(documents.publicCount());

		bootstrap.run();
		RebuildProgress done = rebuild.lastRun().get(2, TimeUnit.MINUTES);

		assertThat(done.state()).isEqualTo(RebuildProgress.State.FINISHED);
		assertThat(search.indexedCount()).isEqualTo(documents.publicCount());
		assertThat(search.search(new SearchRequest("麋鹿保护区", CatalogueFilter.none(), SearchSort.RELEVANCE, 1)).items())
			.extracting(SearchHit::id)
			.containsExactly(missed);
	}

	@Test
	void anIndexInStepWithTheDatabaseIsLeftAlone() throws Exception {
		rebuild.lastRun().get(2, TimeUnit.MINUTES);
		rebuild.start("office", "test: in step");
		RebuildProgress before = rebuild.lastRun().get(2, TimeUnit.MINUTES);
		new Publishing(workflow, catalogue, units).publish("白头鹤迁徙通道保护通知", null, null,
				RichText.fromPlainText("白头鹤"));
		assertThat(search.indexedCount()).isEqualTo(documents.publicCount());

		bootstrap.run();

		assertThat(rebuild.lastRun().get(2, TimeUnit.MINUTES)).as("no second rebuild").isSameAs(before);
	}

	@Test
	void aSecondRebuildWaitsForTheFirst() throws Exception {
		rebuild.lastRun().get(2, TimeUnit.MINUTES);
		boolean first = rebuild.start("office", "test");
		boolean second = rebuild.start("office", "test");
		rebuild.lastRun().get(2, TimeUnit.MINUTES);
		assertThat(first).isTrue();
		assertThat(second).as("refused while the first runs").isFalse();
	}

}

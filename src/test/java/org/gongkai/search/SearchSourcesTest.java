package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManagerFactory;
import org.gongkai.support.GongkaiTest;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The site search finds the service guides and power items too (each module's block on the results page, through
 * {@code common.shell.SearchSource}), by Chinese words rather than by substring, and shows no block for a module
 * with no match.
 */
@GongkaiTest
class SearchSourcesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IndexBootstrap bootstrap;

	@Autowired
	IndexRebuild rebuild;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aSearchShowsTheMatchingGuideAndPowerItemWithLinksToTheFilteredLists() throws Exception {
		String page = mvc.perform(get("/search").param("q", "劳务派遣"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String blocks = page.substring(page.indexOf("class=\"search-sources\""));
		assertThat(blocks).contains("办事服务：").contains("劳务派遣经营许可（设立）").contains("href=\"/services/");
		assertThat(blocks).contains("权责清单：").contains(">劳务派遣经营许可<").contains("href=\"/powers/");
		assertThat(blocks).contains("href=\"/services?q=%E5%8A%B3%E5%8A%A1%E6%B4%BE%E9%81%A3\"")
			.contains("href=\"/powers?q=%E5%8A%B3%E5%8A%A1%E6%B4%BE%E9%81%A3\"");
		assertThat(blocks.indexOf("办事服务：")).as("guides before powers").isLessThan(blocks.indexOf("权责清单："));
	}

	@Test
	void aQueryMatchingNoGuideOrItemShowsNoBlock() throws Exception {
		mvc.perform(get("/search").param("q", "火星殖民"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("search-sources"))));
	}

	@Test
	void theListsMatchChineseWordsAndPartsOfNames() throws Exception {
		// 劳务派遣许可 is no substring of 劳务派遣经营许可, but all of its words are in it
		mvc.perform(get("/api/v1/powers").param("q", "劳务派遣许可"))
			.andExpect(jsonPath("$.items[?(@.name == '劳务派遣经营许可')]").exists());
		mvc.perform(get("/services").param("q", "劳务派遣许可"))
			.andExpect(content().string(containsString("劳务派遣经营许可（设立）")));
		// smartcn cuts 人力资源 alone into 人力/资源 but keeps it whole inside 人力资源服务许可: found as part of the name
		mvc.perform(get("/api/v1/powers").param("q", "人力资源").param("type", "LICENSING"))
			.andExpect(jsonPath("$.items[?(@.name == '人力资源服务许可')]").exists());
		mvc.perform(get("/services").param("q", "人力资源服务许可"))
			.andExpect(content().string(containsString("人力资源服务许可")));
		// a word in no name finds nothing
		mvc.perform(get("/api/v1/powers").param("q", "养老保险 劳务派遣"))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void powerItemsMissingFromTheIndexAreIndexedAgainAtStartUp() throws Exception {
		rebuild.lastRun().get(2, TimeUnit.MINUTES);
		// an installation updated from a version that did not index the items: the index holds none of them
		Search.mapping(entityManagerFactory).scope(Object.class, "PowerItem").workspace().purge();
		mvc.perform(get("/api/v1/powers").param("q", "劳务派遣许可")).andExpect(jsonPath("$.total").value(0));

		bootstrap.run();
		rebuild.lastRun().get(2, TimeUnit.MINUTES);

		mvc.perform(get("/api/v1/powers").param("q", "劳务派遣许可"))
			.andExpect(jsonPath("$.items[?(@.name == '劳务派遣经营许可')]").exists());
	}

}

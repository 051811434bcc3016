package org.gongkai.catalogue.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.gongkai.catalogue.Attachments;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.common.shell.PortalSection;
import org.gongkai.common.shell.SitemapEntries;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What feed readers and crawlers get: Atom feeds, the sitemap and robots.txt. */
@GongkaiTest
class FeedsAndSitemapTest {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

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
	void theFeedIsAtomWithTheNewestDocumentsAndEscapesWhatAuthorsTyped() throws Exception {
		long category = fixtures.newCategory(Sessions.demo(mvc, "office"), "订阅测试分类");
		long plain = fixtures.publish("订阅测试：就业见习岗位公告", category);
		long tricky = fixtures.publish("标题含<script>alert(1)</script>&符号", category);
		long elsewhere = fixtures.publish("其他分类的订阅文件", fixtures.category("employment"));

		Document all = xml(mvc.perform(get("/catalogue/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		Element feed = all.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(child(feed, "id").getTextContent()).isEqualTo("tag:localhost,2026:catalogue");
		assertThat(child(feed, "updated").getTextContent()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(links(feed)).contains("self http://localhost/catalogue/feed.atom",
				"alternate http://localhost/catalogue");
		assertThat(child(feed, "author").getTextContent()).contains("湖南省人力资源和社会保障厅");
		List<Element> entries = children(feed, "entry");
		assertThat(entries.size()).isBetween(3, FeedController.SIZE);
		List<String> titles = entries.stream().map(e -> child(e, "title").getTextContent()).toList();
		assertThat(titles).as("newest first").containsSubsequence("其他分类的订阅文件", "标题含<script>alert(1)</script>&符号",
				"订阅测试：就业见习岗位公告");
		Element trickyEntry = entries.get(titles.indexOf("标题含<script>alert(1)</script>&符号"));
		assertThat(child(trickyEntry, "title").getTextContent()).isEqualTo("标题含<script>alert(1)</script>&符号");
		assertThat(child(trickyEntry, "id").getTextContent()).isEqualTo("tag:localhost,2026:catalogue/documents/" + tricky);
		assertThat(links(trickyEntry)).containsExactly("alternate http://localhost/catalogue/documents/" + tricky);
		assertThat(child(trickyEntry, "published").getTextContent()).endsWith("Z");
		assertThat(child(trickyEntry, "updated").getTextContent()).endsWith("Z");
		assertThat(child(trickyEntry, "summary").getTextContent()).contains("的内容概述");

		Element categoryFeed = xml(mvc.perform(get("/catalogue/categories/{id}/feed.atom", category))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).getDocumentElement();
		assertThat(children(categoryFeed, "entry").stream().map(e -> child(e, "id").getTextContent()))
			.containsExactly("tag:localhost,2026:catalogue/documents/" + tricky,
					"tag:localhost,2026:catalogue/documents/" + plain);
		assertThat(child(categoryFeed, "title").getTextContent()).endsWith("订阅测试分类");

		fixtures.withdraw(plain);
		assertThat(mvc.perform(get("/catalogue/categories/{id}/feed.atom", category)).andReturn().getResponse()
			.getContentAsString()).doesNotContain("订阅测试：就业见习岗位公告").contains("documents/" + tricky);
		mvc.perform(get("/catalogue/categories/999999/feed.atom")).andExpect(status().isNotFound());
		assertThat(elsewhere).isPositive();
	}

	@Autowired
	List<PortalSection> sections;

	@Autowired
	List<SitemapEntries> entries;

	@Test
	void theSitemapListsThePortalsPagesAndEveryPublicDocument() throws Exception {
		long listed = fixtures.publish("站点地图中的文件", fixtures.category("employment"));
		long withdrawn = fixtures.publish("站点地图中撤回的文件", fixtures.category("employment"));
		fixtures.withdraw(withdrawn);

		Document sitemap = xml(mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
		List<String> locations = new ArrayList<>();
		NodeList locs = sitemap.getElementsByTagNameNS(SITEMAP, "loc");
		for (int i = 0; i < locs.getLength(); i++) {
			locations.add(locs.item(i).getTextContent());
		}
		assertThat(locations).contains("http://localhost/", "http://localhost/catalogue/documents/" + listed)
			.doesNotContain("http://localhost/catalogue/documents/" + withdrawn)
			.doesNotHaveDuplicates();
		assertThat(locations).containsAll(sections.stream().map(s -> "http://localhost" + s.path()).toList())
			.contains("http://localhost/catalogue", "http://localhost/guide", "http://localhost/decisions");
		long publicCount = jdbc.queryForObject("select count(*) from catalogue_document where status = 'PUBLISHED' "
				+ "and disclosure = 'PROACTIVE'", Long.class);
		assertThat(locations.stream().filter(l -> l.contains("/catalogue/documents/"))).hasSize((int) publicCount);
		assertThat(locations).hasSize(1 + sections.size()
				+ (int) entries.stream().mapToLong(SitemapEntries::count).sum());
	}

	@Test
	void robotsKeepCrawlersOutOfTheConsoleAndPointToTheSitemap() throws Exception {
		String robots = mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(robots.lines()).containsExactly("User-agent: *", "Allow: /", "Disallow: /admin",
				"Disallow: /api/v1/admin", "Sitemap: http://localhost/sitemap.xml");
	}

	static Document xml(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	static List<Element> children(Element parent, String name) {
		List<Element> result = new ArrayList<>();
		for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
				result.add(e);
			}
		}
		return result;
	}

	static Element child(Element parent, String name) {
		return children(parent, name).get(0);
	}

	static List<String> links(Element parent) {
		return children(parent, "link").stream().map(l -> l.getAttribute("rel") + " " + l.getAttribute("href")).toList();
	}

}

package org.gongkai.catalogue.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Script in a title or body typed into the console is neutralised: stored bodies are inert, pages escape titles. */
@GongkaiTest
class DocumentXssTest {

	/** Classic, encoded and mutation payloads; each must end up as text or be removed. */
	static final List<String> PAYLOADS = List.of("<script>alert('xss')</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"javascript:alert(1)\">点我</a>", "<svg onload=alert(1)><circle r=\"9\"/></svg>",
			"<iframe src=\"https://evil.example/\"></iframe>", "<p style=\"width: expression(alert(1))\">样式</p>",
			"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">数据</a>",
			"<a href=\"&#106;&#97;vascript:alert(1)\">实体编码</a>", "<a href=\"jav&#x09;ascript:alert(1)\">制表符</a>",
			"<IMG SRC=JaVaScRiPt:alert('XSS')>", "<body onload=alert(1)>正文</body>",
			"<object data=\"javascript:alert(1)\"></object><embed src=\"x.swf\">",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
			"<scr<script>ipt>alert(1)</script>", "\"><script>alert(document.cookie)</script>",
			"<div onmouseover=\"alert(1)\">悬停</div><form action=\"javascript:alert(1)\"><button>提交</button></form>",
			"<a href=\"  JAVASCRIPT:alert(1)\">大写</a><link rel=\"stylesheet\" href=\"https://evil.example/x.css\">");

	static final Set<String> ACTIVE_TAGS = Set.of("script", "iframe", "svg", "math", "object", "embed", "style", "link",
			"form", "img", "body", "meta", "base");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalogue catalogue;

	@Test
	void everyPayloadIsStoredInertAndShownAsText() throws Exception {
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		long unit = Drafts.unitId(jdbc, "employment");
		long category = Drafts.categoryId(jdbc, "employment");
		Me office = new Me(0, "test", "test", 0, "test", Set.of(Role.DISCLOSURE_OFFICE));
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String payload = PAYLOADS.get(i);
			String title = "标题" + i + payload;
			long id = Drafts.idFrom(mvc
				.perform(Drafts.fill(post("/admin/documents/new").with(editor).with(csrf()), title, unit, category,
						"<p>正文开头</p>" + payload))
				.andExpect(status().isFound())
				.andReturn()
				.getResponse()
				.getRedirectedUrl());
			DocumentView saved = catalogue.staffDocument(office, id);
			assertInert(payload, saved.body());
			assertThat(saved.body()).as("the harmless part stays").contains("正文开头");

			String page = mvc.perform(get("/admin/documents/{id}", id).with(editor))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(payload).doesNotContain(payload.length() > 8 ? payload : "<script>alert");
			Element heading = Jsoup.parse(page).selectFirst("h1");
			assertThat(heading.wholeText()).as("the title is shown as the text typed").isEqualTo(title.strip());
			assertThat(heading.children()).as("no markup from the title").isEmpty();
			assertInert(payload, Jsoup.parse(page).selectFirst(".body-preview").html());
		}
		String list = mvc.perform(get("/admin/documents").with(editor)).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("标题0&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert('xss')");
	}

	/** No active element, no event handler, no style, and links only to http, https or mailto. */
	static void assertInert(String payload, String html) {
		Element body = Jsoup.parseBodyFragment(html).body();
		for (Element element : body.getAllElements()) {
			if (element == body) {
				continue;
			}
			assertThat(ACTIVE_TAGS).as(payload + " left <" + element.tagName() + ">").doesNotContain(element.tagName());
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				assertThat(name).as(payload + " left " + name).doesNotStartWith("on").isNotEqualTo("style");
				if (name.equals("href") || name.equals("src") || name.equals("action") || name.equals("data")) {
					assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT)).as(payload + " left " + name)
						.matches("(https?:|mailto:).*");
				}
			}
		}
		String lower = html.toLowerCase(Locale.ROOT);
		assertThat(lower).as(payload).doesNotContain("<script", "javascript:", "onerror=", "onload=", "expression(",
				"data:text");
	}

}

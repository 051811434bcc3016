package org.gongkai.catalogue.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 公开指南: the public reads it, the disclosure office edits it (sanitised, audited, never overwritten unknowingly). */
@GongkaiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuideTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Order(1)
	void theGuideOpensWithTheDefaultTextForTheDepartment() throws Exception {
		Document guide = page("/guide", null);
		assertThat(guide.select("h1").text()).isEqualTo("湖南省人力资源和社会保障厅政府信息公开指南");
		assertThat(guide.select(".document-body h2").eachText()).containsExactly("一、主动公开", "二、依申请公开", "三、监督和救济");
		assertThat(guide.select(".document-body").text()).contains("办公地址", "办公时间", "咨询电话：12333", "传真", "电子邮箱",
				"20个工作日");
		assertThat(guide.select(".see-also a").eachAttr("href")).contains("/catalogue", "/apply");
	}

	@Test
	@Order(2)
	void theOfficeEditsTheGuideAndScriptsDoNotSurvive() throws Exception {
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		long version = version();
		Document form = page("/admin/guide", office);
		assertThat(form.selectFirst("textarea#body").text()).contains("二、依申请公开");
		assertThat(form.selectFirst("input[name=version]").val()).isEqualTo(String.valueOf(version));

		mvc.perform(post("/admin/guide").with(office)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("body", "<h2>受理机构</h2><p onclick=\"steal()\">传真：0731-00000000<script>alert(1)</script></p>"
					+ "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">链接</a>"))
			.andExpect(redirectedUrl("/admin/guide"))
			.andExpect(flash().attributeExists("flash"));

		String body = page("/guide", null).selectFirst(".document-body").html();
		assertThat(body).contains("传真：0731-00000000").doesNotContain("script", "onclick", "onerror", "<img", "javascript");
		assertThat(version()).isEqualTo(version + 1);
		assertThat(jdbc.queryForObject("select updated_by from catalogue_guide where id = 1", String.class)).isEqualTo("office");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'guide.updated' and actor = 'office'",
				Integer.class)).isPositive();
	}

	@Test
	@Order(3)
	void aSaveOverAColleaguesNewerTextIsRefusedAndKeepsWhatWasTyped() throws Exception {
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		RequestPostProcessor admin = Sessions.admin(mvc);
		long read = version();
		mvc.perform(post("/admin/guide").with(admin).with(csrf()).param("version", String.valueOf(read))
			.param("body", "<p>管理员先保存的版本</p>")).andExpect(redirectedUrl("/admin/guide"));

		String html = mvc.perform(post("/admin/guide").with(office).with(csrf()).param("version", String.valueOf(read))
			.param("body", "<p>公开办后保存的版本</p>"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#body-error").text()).contains("已被他人修改");
		assertThat(page.selectFirst("textarea#body").text()).isEqualTo("<p>公开办后保存的版本</p>");
		assertThat(page.select("details.stored").text()).contains("管理员先保存的版本");
		assertThat(page("/guide", null).select(".document-body").text()).isEqualTo("管理员先保存的版本");

		mvc.perform(post("/admin/guide").with(office).with(csrf())
			.param("version", page.selectFirst("input[name=version]").val())
			.param("body", "<p>公开办后保存的版本</p>")).andExpect(redirectedUrl("/admin/guide"));
		assertThat(page("/guide", null).select(".document-body").text()).isEqualTo("公开办后保存的版本");
	}

	@Test
	@Order(4)
	void aGuideOfNothingButMarkupIsRefused() throws Exception {
		String html = mvc.perform(post("/admin/guide").with(Sessions.demo(mvc, "office")).with(csrf())
			.param("version", String.valueOf(version()))
			.param("body", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("#body-error").text()).isEqualTo("指南内容不能为空");
	}

	@Test
	@Order(5)
	void onlyTheOfficeAndAdministratorsEditTheGuide() throws Exception {
		mvc.perform(get("/admin/guide")).andExpect(redirectedUrl("/admin/login"));
		mvc.perform(get("/admin/guide").with(Sessions.demo(mvc, "editor"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/guide").with(Sessions.demo(mvc, "editor")).with(csrf())
			.param("version", String.valueOf(version()))
			.param("body", "<p>编辑无权修改</p>")).andExpect(status().isForbidden());
		assertThat(page("/guide", null).text()).doesNotContain("编辑无权修改");
	}

	private long version() {
		return jdbc.queryForObject("select version from catalogue_guide where id = 1", Long.class);
	}

	private Document page(String url, RequestPostProcessor session) throws Exception {
		var request = get(url);
		if (session != null) {
			request.with(session);
		}
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}

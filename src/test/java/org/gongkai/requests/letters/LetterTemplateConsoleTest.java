package org.gongkai.requests.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.common.RuleViolation;
import org.gongkai.requests.LetterTemplates;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;

/** The disclosure office keeps the reply-letter templates: placeholders checked by name, previews, audited saves. */
@GongkaiTest
class LetterTemplateConsoleTest {

	static final String BASE = "/admin/requests/letter-templates";

	@Autowired
	MockMvc mvc;

	@Autowired
	LetterTemplates templates;

	@Autowired
	UserDetailsService staff;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void restoreShippedTexts() {
		SignedIn.signOut();
		jdbc.update("update letter_template set body = shipped_body, updated_by = null, updated_at = null");
	}

	@Test
	void theListShowsEveryTemplateByKindToTheOfficeOnly() throws Exception {
		Document list = page(BASE, Sessions.demo(mvc, "office"));
		assertThat(list.select("h2").eachText()).containsExactly("告知书框架", "答复类型段落", "不予公开的理由");
		assertThat(list.select("table.letter-templates a").eachText()).contains("收到申请的说明", "部分公开", "属于国家秘密");
		assertThat(list.select("table.letter-templates a")).hasSize(27);
		mvc.perform(get(BASE).with(Sessions.demo(mvc, "editor"))).andExpect(status().isForbidden());
		mvc.perform(get(BASE + "/RECEIPT").with(Sessions.demo(mvc, "handler"))).andExpect(status().isForbidden());
	}

	@Test
	void aTemplateWithAnUnknownPlaceholderIsRefusedByItsFieldAndKeepsWhatWasTyped() throws Exception {
		String typed = "本机关于{申请日期}收到{申请人}的申请。";
		Document page = Jsoup.parse(mvc.perform(post(BASE + "/RECEIPT").with(Sessions.demo(mvc, "office"))
			.with(csrf())
			.param("version", String.valueOf(version("RECEIPT")))
			.param("body", typed)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.select("#body-error").text()).contains("未知的占位符 {申请日期}");
		assertThat(page.selectFirst("textarea#body").text()).isEqualTo(typed);
		assertThat(body("RECEIPT")).isEqualTo(shipped("RECEIPT"));

		SignedIn.as(staff, "office");
		assertThatThrownBy(() -> templates.save(CurrentStaff.require(), "RECEIPT", typed, version("RECEIPT"))).isInstanceOf(RuleViolation.class)
			.satisfies(ex -> {
				assertThat(((RuleViolation) ex).field()).isEqualTo("body");
				assertThat(((RuleViolation) ex).messageKey()).isEqualTo("letter.template.placeholder.unknown");
				assertThat(((RuleViolation) ex).arguments()).containsExactly("{申请日期}");
			});
		assertThatThrownBy(() -> templates.save(CurrentStaff.require(), "RECEIPT", "依据{条款}。", version("RECEIPT")))
			.extracting(ex -> ((RuleViolation) ex).messageKey())
			.isEqualTo("letter.template.placeholder.itemOnly");
	}

	@Test
	void aPreviewShowsTheWholeSampleLetterWithoutSaving() throws Exception {
		Document page = Jsoup.parse(mvc.perform(post(BASE + "/REPLY_NOT_EXIST").with(Sessions.demo(mvc, "office"))
			.with(csrf())
			.param("version", String.valueOf(version("REPLY_NOT_EXIST")))
			.param("body", "经检索，“{事项}”不存在，依据《条例》{条款}告知。")
			.param("preview", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page.select(".letter-preview .letter-paragraph").text())
			.contains("经检索，“2026年度高校毕业生就业补助资金分配文件”不存在，依据《条例》第三十六条第（四）项告知。");
		assertThat(page.select(".letter-preview .letter-signature").text()).contains("湖南省人力资源和社会保障厅");
		assertThat(body("REPLY_NOT_EXIST")).isEqualTo(shipped("REPLY_NOT_EXIST"));
	}

	@Test
	void aSaveIsAuditedAndAResetPutsTheShippedTextBack() throws Exception {
		RequestPostProcessor office = Sessions.demo(mvc, "office");
		mvc.perform(post(BASE + "/CLOSING").with(office)
			.with(csrf())
			.param("version", String.valueOf(version("CLOSING")))
			.param("body", "如不服本答复，可依法申请行政复议或者提起行政诉讼。\n特此告知。")).andExpect(redirectedUrl(BASE + "/CLOSING"));
		assertThat(body("CLOSING")).startsWith("如不服本答复");
		assertThat(page(BASE, office).select("td .badge.status-submitted")).hasSize(1);

		mvc.perform(post(BASE + "/CLOSING/reset").with(office).with(csrf())).andExpect(redirectedUrl(BASE + "/CLOSING"));
		assertThat(body("CLOSING")).isEqualTo(shipped("CLOSING"));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_id = 'CLOSING' and actor = 'office' "
				+ "and action in ('request.letterTemplate.saved', 'request.letterTemplate.reset')", Integer.class))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aSaveOverAColleaguesNewerTextIsRefused() throws Exception {
		long read = version("SALUTATION");
		SignedIn.as(staff, "officehead");
		templates.save(CurrentStaff.require(), "SALUTATION", "尊敬的{申请人}：", read);
		SignedIn.signOut();

		Document page = Jsoup.parse(mvc.perform(post(BASE + "/SALUTATION").with(Sessions.demo(mvc, "office"))
			.with(csrf())
			.param("version", String.valueOf(read))
			.param("body", "{申请人}先生/女士：")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#body-error").text()).contains("同事修改");
		assertThat(body("SALUTATION")).isEqualTo("尊敬的{申请人}：");
		assertThat(page.selectFirst("input[name=version]").val()).isEqualTo(String.valueOf(version("SALUTATION")));
	}

	@Test
	void theEnglishConsoleNamesThePlaceholdersToo() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get(BASE + "/REPLY_PARTLY_DISCLOSED").with(Sessions.demo(mvc, "office"))
			.header("Accept-Language", "en")
			.param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".placeholder-list dt").eachText()).contains("{理由}", "{理由条款}", "{文件链接}");
		assertThat(page.select("h1").text()).startsWith("Edit template");
	}

	private long version(String code) {
		return jdbc.queryForObject("select version from letter_template where code = ?", Long.class, code);
	}

	private String body(String code) {
		return jdbc.queryForObject("select body from letter_template where code = ?", String.class, code);
	}

	private String shipped(String code) {
		return jdbc.queryForObject("select shipped_body from letter_template where code = ?", String.class, code);
	}

	private Document page(String url, RequestPostProcessor session) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

}

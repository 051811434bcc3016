package org.gongkai.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail log of the console, on the laptop default without a mail server: mails are kept as "no server
 * configured", recipients are masked for everybody, only administrators and the disclosure office see the page.
 */
@GongkaiTest
class MailConsoleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	String reference;

	@BeforeEach
	void aMailWasPublished() {
		reference = "YSQ-" + UUID.randomUUID();
		new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(new OutgoingMail(
				"zhangsan@example.com", "申请已受理 " + reference, "张三：您的申请已受理，查询码 7K3Q-92MX。", "request.received", reference)));
	}

	@Test
	void withoutAMailServerTheMailIsKeptToBeSeenAndNeverSent() {
		assertThat(jdbc.queryForObject("select status from outgoing_mail where reference = ?", String.class, reference))
			.isEqualTo("NOT_CONFIGURED");
	}

	@Test
	void theDisclosureOfficeSeesTheMaskedRecipientAndTheBody() throws Exception {
		Document page = page("/admin/mail", Sessions.demo(mvc, "office"));
		Element row = row(page);
		assertThat(row.select(".masked").text()).isEqualTo("zh***@example.com");
		assertThat(page.html()).doesNotContain("zhangsan@example.com");
		assertThat(row.select("details pre").text()).contains("查询码 7K3Q-92MX");
		assertThat(row.text()).as("the purpose by its label").contains("未配置服务器").contains("申请受理通知");
		assertThat(row.select("form")).as("nothing to retry without a server").isEmpty();
		assertThat(page.select(".notice.warning").text()).contains("spring.mail.host");
	}

	@Test
	void administratorsSeeItTooInEnglish() throws Exception {
		Document page = page("/admin/mail?lang=en", Sessions.admin(mvc));
		assertThat(row(page).select(".masked").text()).isEqualTo("zh***@example.com");
		assertThat(row(page).text()).contains("No server configured");
		assertThat(row(page).select("details pre").text()).contains("7K3Q-92MX");
	}

	@Test
	void theFilterShowsOnlyMailsOfTheChosenStatus() throws Exception {
		assertThat(page("/admin/mail?status=SENT", Sessions.demo(mvc, "office")).text()).doesNotContain(reference);
		assertThat(page("/admin/mail?status=NOT_CONFIGURED", Sessions.demo(mvc, "office")).text()).contains(reference);
	}

	@Test
	void unitStaffCannotSeeTheLogNorFindItInTheMenu() throws Exception {
		for (String user : new String[] { "editor", "handler", "head", "reviewer" }) {
			mvc.perform(get("/admin/mail").with(Sessions.demo(mvc, user))).andExpect(status().isForbidden());
			assertThat(page("/admin", Sessions.demo(mvc, user)).select("a[href=/admin/mail]")).as(user).isEmpty();
		}
		assertThat(page("/admin", Sessions.demo(mvc, "office")).select("nav a[href=/admin/mail]")).hasSize(1);
		mvc.perform(get("/admin/mail")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aRetryWithoutAServerIsRefusedWithAMessage() throws Exception {
		long id = jdbc.queryForObject("select id from outgoing_mail where reference = ?", Long.class, reference);
		mvc.perform(post("/admin/mail/{id}/retry", id).with(csrf()).with(Sessions.demo(mvc, "office")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", org.gongkai.common.Notice.of("mail.retry.notConfigured", id)));
		mvc.perform(post("/admin/mail/{id}/retry", id).with(csrf()).with(Sessions.demo(mvc, "editor")))
			.andExpect(status().isForbidden());
	}

	private Document page(String url, RequestPostProcessor session) throws Exception {
		String html = mvc.perform(get(url).with(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private Element row(Document page) {
		return page.select("table.outbox tbody tr").stream()
			.filter(tr -> tr.text().contains(reference))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + reference));
	}

}

package org.gongkai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.gongkai.mail.OutgoingMail;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log and the mail log in the reader's language: Beijing time, actions and codes in words, filters
 * chosen from lists, bad filter values said plainly; mail purposes by their names.
 */
@GongkaiTest
class AuditWordingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MutableClock clock;

	@Test
	void actionsCodesAndTimesAreInChineseAndBeijingTime() throws Exception {
		String id = "YS-" + UUID.randomUUID();
		events.publishEvent(AuditEvent.of("request.item.decided", "DisclosureRequest", id, "ITEM_DECIDED: 1: DISCLOSED"));
		Element row = row(page("/admin/audit?objectId=" + id, status().isOk()), id);
		assertThat(row.text()).contains("作出事项决定", "作出答复决定: 1: 予以公开").doesNotContain("ITEM_DECIDED", "request.item.decided");
		String beijing = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
			.format(clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")));
		assertThat(row.selectFirst("time").text()).startsWith(beijing);
	}

	@Test
	void inEnglishTheyAreInEnglish() throws Exception {
		String id = "YS-" + UUID.randomUUID();
		events.publishEvent(AuditEvent.of("request.item.decided", "DisclosureRequest", id, "ITEM_DECIDED: 2: NOT_EXIST"));
		Document page = page("/admin/audit?lang=en&objectId=" + id, status().isOk());
		assertThat(row(page, id).text()).contains("Item decided: 2: Information does not exist");
		assertThat(page.select("th").text()).contains("Time (Beijing)");
		assertThat(page.select("select#action option").eachText()).contains("Signed in");
	}

	@Test
	void filtersAreChosenFromListsOfWhatTheLogHolds() throws Exception {
		Document page = page("/admin/audit?action=login.succeeded", status().isOk());
		assertThat(page.select("input#action")).isEmpty();
		assertThat(page.selectFirst("select#action option[selected]").text()).isEqualTo("登录成功");
		assertThat(page.select("select#actorUnit option").eachText()).contains("办公室");
		assertThat(page.select("tbody tr td:nth-child(5)").eachText()).isNotEmpty().allMatch("登录成功"::equals);
		Document unit = page("/admin/audit?actorUnit=办公室&action=login.succeeded", status().isOk());
		assertThat(unit.select("tbody tr td:nth-child(4)").eachText()).isNotEmpty().allMatch("办公室"::equals);
	}

	@Test
	void aDateThatCannotBeReadIsSaidNotAnError() throws Exception {
		Document page = page("/admin/audit?from=2026-13-45", status().isBadRequest());
		assertThat(page.getElementById("filter-error").text()).contains("日期格式不正确");
		assertThat(page.select("tbody tr")).isNotEmpty();
		Document backwards = page("/admin/audit?from=2026-12-01&to=2026-11-01", status().isBadRequest());
		assertThat(backwards.getElementById("filter-error").text()).contains("截止日期早于起始日期");
	}

	@Test
	void mailPurposesAreNamedInTheReadersLanguage() throws Exception {
		String reference = "YS-" + UUID.randomUUID();
		new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(new OutgoingMail(
				"lisi@example.com", "答复 " + reference, "答复已作出。", "request.replied", reference)));
		Element zh = row(page("/admin/mail", status().isOk()), reference);
		assertThat(zh.text()).contains("告知申请人：作出答复").doesNotContain("request.replied");
		Element en = row(page("/admin/mail?lang=en", status().isOk()), reference);
		assertThat(en.text()).contains("To the applicant: Reply issued");
	}

	private Document page(String url, ResultMatcher expected) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(Sessions.demo(mvc, "office"))).andExpect(expected).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static Element row(Document page, String text) {
		return page.select("tbody tr").stream().filter(r -> r.text().contains(text)).findFirst()
			.orElseThrow(() -> new AssertionError("no row with " + text + " in " + page.select("tbody").text()));
	}

}

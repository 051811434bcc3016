package org.gongkai.requests.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.requests.ApplicantKind;
import org.gongkai.requests.ApplicationForm;
import org.gongkai.requests.Applications;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.Delivery;
import org.gongkai.requests.IdType;
import org.gongkai.requests.Receipt;
import org.gongkai.requests.WantedForm;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestClockConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application received on Monday 28 December 2026, while the 2027 holiday notice is not loaded: it is due on
 * 26 January 2027 (New Year's Day, a statutory holiday, not counted) and every page that states the date says it is
 * provisional and why; every staff member's dashboard warns, handlers included. Rolled back afterwards.
 */
@GongkaiTest
@Transactional
class ProvisionalDueDateTest {

	private static final String WHY = "暂定：取决于2027年的节假日安排";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

	@Autowired
	UserDetailsService staff;

	@AfterEach
	void back() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
	}

	@Test
	void theReceiptTrackingAndCasePagesSayTheDueDateIsProvisionalAndWhy() throws Exception {
		clock.set(Instant.parse("2026-12-28T02:00:00Z"));
		Receipt receipt = applications.apply(new ApplicationForm(ApplicantKind.NATURAL_PERSON, "王五", IdType.RESIDENT_ID,
				"430102198503150022", null, "13700000000", null, "长沙市开福区示例路2号", "410000",
				List.of(new ApplicationForm.Item("2027年就业补贴文件", null)), null, WantedForm.PAPER, Delivery.POST), null);

		assertThat(receipt.dueDate()).isEqualTo(LocalDate.of(2027, 1, 26));
		assertThat(receipt.dueDateProvisional()).isTrue();

		MockHttpSession session = new MockHttpSession();
		KeptReceipts.keep(session, "provisional-key", receipt);
		Document printed = page(get("/apply/receipt/provisional-key").session(session));
		assertThat(printed.select(".receipt-provisional").text()).startsWith(WHY).contains("已计入法定节假日");

		Document tracking = page(post("/track").param("trackingNumber", receipt.trackingNumber())
			.param("queryCode", receipt.queryCode())
			.with(csrf()));
		assertThat(tracking.select(".notice.warning").text()).contains(WHY + "，已计入法定节假日");

		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
		SignedIn.signOut();
		Document casePage = page(get("/admin/requests/" + id).with(Sessions.demo(mvc, "office")));
		assertThat(casePage.select(".notice.warning").text()).contains(WHY + "，已计入法定节假日");
	}

	@Test
	void fromTheFirstOfDecemberAHandlerSeesThatDeadlinesInto2027AreProvisional() throws Exception {
		clock.set(Instant.parse("2026-11-30T16:00:00Z"));

		Document dashboard = page(get("/admin").with(Sessions.demo(mvc, "handler")));

		assertThat(dashboard.select(".notice.warning").text()).contains("2027年节假日安排尚未公布")
			.contains("已计入法定节假日");
		assertThat(dashboard.select(".notice.warning a")).as("no way into the calendar they cannot keep").isEmpty();
	}

	private Document page(RequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}

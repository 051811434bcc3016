package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;

/** The demo applications cover every state a handler meets, including an overdue one and a 2008-rule case. */
@GongkaiTest
class DemoRequestsTest {

	@Autowired
	CaseHandling handling;

	@Autowired
	Inbox inbox;

	@Autowired
	UserDetailsService staff;

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Autowired
	MockMvc mvc;

	@Test
	void theHandlersDashboardPointsAtWhatFallsDueThisWeekWithTheOverdueFirst() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/admin").with(Sessions.demo(mvc, "handler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Element due = page.select(".dashboard-cards a[href='/admin/requests?view=due&within=5']").first();
		assertThat(due).as("the card of applications falling due").isNotNull();
		assertThat(due.parents().select("li").first().text()).contains("即将到期的申请").containsPattern("[1-9]\\d* 件申请");
		assertThat(page.select(".dashboard-cards li.card-overdue").text()).contains("逾期申请").contains("已超过答复期限");

		Document list = Jsoup.parse(mvc.perform(get("/admin/requests?view=due&within=5").with(Sessions.demo(mvc, "handler")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(list.select("tbody tr").first().text()).contains("陈静");
		assertThat(list.select("tbody").text()).contains("湖南星辰科技有限公司").doesNotContain("430602");

		String editor = mvc.perform(get("/admin").with(Sessions.demo(mvc, "editor")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(editor).select(".dashboard-cards a[href^='/admin/requests']")).isEmpty();
	}

	@Test
	void theDemoCasesAreInEveryStateAndOneIsOverdue() {
		SignedIn.as(staff, "office");
		List<RequestSummary> open = inbox.page(CurrentStaff.require(), InboxFilter.open(), 0, 500).getContent();
		List<RequestSummary> concluded = inbox.page(CurrentStaff.require(), new InboxFilter(null, true, false, null, null, null), 0, 500)
			.getContent();

		assertThat(open).extracting(RequestSummary::status)
			.contains(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS, RequestStatus.AWAITING_CORRECTION,
					RequestStatus.IN_CONSULTATION, RequestStatus.AWAITING_PAYMENT);
		assertThat(open).filteredOn(RequestSummary::overdue)
			.extracting(RequestSummary::applicantName)
			.contains("陈静");
		assertThat(open).filteredOn(RequestSummary::extensionAwaitingApproval).isNotEmpty();
		assertThat(concluded).extracting(RequestSummary::status).contains(RequestStatus.ANSWERED, RequestStatus.CLOSED);
		assertThat(concluded).extracting(RequestSummary::applicantName).contains("郑强", "周婷", "孙浩");
		long historic = concluded.stream().filter(r -> r.applicantName().equals("郑强")).findFirst().orElseThrow().id();
		assertThat(handling.view(CurrentStaff.require(), historic).rules()).isEqualTo(RuleSet.R2008);
	}

}

package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestClockConfig;

/**
 * The inbox pages, sorts and filters in the database on the stored clocks: 25 applications received over two
 * months, read in pages of 10 by due date (the overdue first), newest receipt first and by state; filtered by
 * overdue, state, unit and a handler's own unit; the badge's count; and the console page's order select.
 */
@GongkaiTest
class InboxTest {

	static final String NAME = "分页测试人";

	static final int COUNT = 25;

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

	@Autowired
	Inbox inbox;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void reset() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
	}

	@Test
	void pagesSortsAndFiltersInTheDatabase() throws Exception {
		on(2026, 12, 1);
		LocalDate today = LocalDate.of(2026, 12, 1);
		SignedIn.as(staff, "office");
		Me office = CurrentStaff.require();
		long overdueBefore = inbox.overdueCount(office);
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			// Received every other or third day from 1 October to 30 November, newest last.
			LocalDate receivedOn = LocalDate.of(2026, 10, 1).plusDays(i * 60L / COUNT);
			numbers.add(applications.register(office, form(), Channel.IN_PERSON, receivedOn).trackingNumber());
		}
		List<Long> legal = IntStream.range(0, COUNT).filter(i -> i % 3 == 0).mapToObj(i -> id(numbers.get(i))).toList();
		legal.forEach(id -> handling.assign(office, id, Set.of(unit("法规处"))));

		List<RequestSummary> byDue = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			Page<RequestSummary> rows = inbox.page(office, filter(null, false, InboxSort.DUE), page, 10);
			assertThat(rows.getTotalElements()).isEqualTo(COUNT);
			assertThat(rows.getContent()).hasSize(page < 2 ? 10 : 5);
			byDue.addAll(rows.getContent());
		}
		assertThat(byDue).extracting(RequestSummary::trackingNumber).containsExactlyInAnyOrderElementsOf(numbers);
		assertThat(byDue).extracting(RequestSummary::dueDate).isSorted();
		assertThat(byDue.get(0).overdue()).as("the overdue first").isTrue();
		assertThat(inbox.page(office, filter(null, false, InboxSort.DUE), 1, 10).getContent())
			.as("page 2 is the 11th to 20th by due date")
			.containsExactlyElementsOf(byDue.subList(10, 20));

		List<RequestSummary> newest = inbox.page(office, filter(null, false, InboxSort.RECEIVED), 0, 10).getContent();
		assertThat(newest).extracting(RequestSummary::receivedOn).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(newest.get(0).trackingNumber()).isEqualTo(numbers.get(COUNT - 1));

		List<RequestSummary> overdue = inbox.page(office, filter(null, true, null), 0, 50).getContent();
		long expectedOverdue = byDue.stream().filter(s -> s.dueDate().isBefore(today)).count();
		assertThat(overdue).hasSize((int) expectedOverdue).allMatch(RequestSummary::overdue);
		assertThat(expectedOverdue).isBetween(1L, COUNT - 1L);
		assertThat(inbox.overdueCount(office) - overdueBefore).as("the badge").isEqualTo(expectedOverdue);

		List<RequestSummary> inProgress = inbox
			.page(office, new InboxFilter(RequestStatus.IN_PROGRESS, false, false, null, null, NAME), 0, 50)
			.getContent();
		assertThat(inProgress).extracting(RequestSummary::id).containsExactlyInAnyOrderElementsOf(legal);
		List<RequestSummary> byState = inbox.page(office, filter(null, false, InboxSort.STATUS), 0, 50).getContent();
		assertThat(byState.subList(0, COUNT - legal.size())).allMatch(s -> s.status() == RequestStatus.RECEIVED);
		assertThat(inbox.page(office, new InboxFilter(null, false, false, null, unit("法规处"), NAME), 0, 50)
			.getContent()).extracting(RequestSummary::id).containsExactlyInAnyOrderElementsOf(legal);

		SignedIn.as(staff, "handler");
		assertThat(inbox.page(CurrentStaff.require(), filter(null, false, null), 0, 50).getContent())
			.as("a handler sees his unit's only")
			.extracting(RequestSummary::id)
			.containsExactlyInAnyOrderElementsOf(legal);

		SignedIn.signOut(); // the page's reader is the session's, not the handler signed in on this thread above
		mvc.perform(get("/admin/requests").param("q", NAME).param("sort", "received").param("page", "1")
			.with(Sessions.demo(mvc, "office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"received\" selected=\"selected\">")))
			.andExpect(content().string(containsString(">" + numbers.get(COUNT - 21) + "</a>")))
			.andExpect(content().string(containsString("sort=received")));
	}

	private static InboxFilter filter(RequestStatus status, boolean overdue, InboxSort sort) {
		return new InboxFilter(status, false, overdue, null, null, NAME, sort);
	}

	private long id(String trackingNumber) {
		return handling.idOf(CurrentStaff.require(), trackingNumber);
	}

	private static ApplicationForm form() {
		return new ApplicationForm(ApplicantKind.NATURAL_PERSON, NAME, IdType.RESIDENT_ID, "430104199001011230", null,
				"13812345678", "inbox-test@example.com", null, null, List.of(new ApplicationForm.Item("分页测试：2026年就业补助资金文件", null)),
				null, WantedForm.EMAIL, Delivery.EMAIL);
	}

	private long unit(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(RequestClockScenarioTest.CHANGSHA)
			.toInstant());
	}

}

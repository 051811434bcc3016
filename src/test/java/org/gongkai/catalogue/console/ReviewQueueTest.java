package org.gongkai.catalogue.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.gongkai.common.shell.DashboardCard;
import org.gongkai.common.shell.MenuEntry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The review queue (待保密审查) of a unit of its own: the unit's reviewers see what waits, oldest first, with what
 * four eyes leaves to others marked; they are mailed when something is submitted; the menu's badge and the
 * dashboard's cards count each member's own work.
 */
@GongkaiTest
class ReviewQueueTest {

	static final String API = "/api/v1/admin/documents";

	static final String MARK = "您起草或修改过，须由他人审查";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	UserDetailsService staff;

	@Autowired
	ReviewQueueMenu menu;

	@Autowired
	DocumentWorkCards cards;

	String code;

	long unit;

	long category;

	@BeforeEach
	void unitOfItsOwn() throws Exception {
		code = "rq" + System.nanoTime() % 1_000_000;
		mvc.perform(post("/api/v1/admin/units").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"%s\",\"name\":\"审查队列处%s\",\"kind\":\"DIVISION\",\"sortOrder\":500}".formatted(code, code)))
			.andExpect(status().isCreated());
		unit = Drafts.unitId(jdbc, code);
		category = Drafts.categoryId(jdbc, "employment");
	}

	@Test
	void theUnitsReviewersSeeWhatWaitsOldestFirstWithFourEyesMarkedAndAreMailed() throws Exception {
		account("writer", "UNIT_EDITOR");
		account("checker", "UNIT_REVIEWER");
		account("both", "UNIT_EDITOR\",\"UNIT_REVIEWER");
		long older = Drafts.createViaApi(mvc, code + "writer", "较早提交的通知", unit, category);
		long newer = Drafts.createViaApi(mvc, code + "both", "编审起草的通知", unit, category);
		submit(older, "writer");
		clock.advance(Duration.ofMinutes(5));
		submit(newer, "both");

		String checkerQueue = queue("checker");
		assertThat(checkerQueue.indexOf("较早提交的通知")).isPositive().isLessThan(checkerQueue.indexOf("编审起草的通知"));
		assertThat(checkerQueue).doesNotContain(MARK);
		String bothQueue = queue("both");
		assertThat(bothQueue.substring(bothQueue.indexOf("编审起草的通知"))).contains(MARK);
		assertThat(bothQueue.substring(bothQueue.indexOf("较早提交的通知"), bothQueue.indexOf("编审起草的通知")))
			.doesNotContain(MARK);
		assertThat(queue("office")).contains("较早提交的通知");
		assertThat(mvc.perform(get(ReviewQueueConsole.PATH).with(Sessions.demo(mvc, "reviewer"))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("较早提交的通知");

		assertThat(mailedAbout(older)).containsExactlyInAnyOrder(code + "checker@example.cn", code + "both@example.cn");
		assertThat(mailedAbout(newer)).containsExactly(code + "checker@example.cn");

		assertThat(badge("checker")).isEqualTo(2);
		assertThat(badge("both")).isEqualTo(1);
	}

	@Test
	void aRevisionOfAPublishedDocumentWaitsInTheQueueToo() throws Exception {
		account("writer", "UNIT_EDITOR");
		account("checker", "UNIT_REVIEWER");
		long id = Drafts.createViaApi(mvc, code + "writer", "已发布待修订的通知", unit, category);
		submit(id, "writer");
		api(post(API + "/{id}/review", id), "checker", "{\"conclusion\":\"DISCLOSABLE\"}");
		api(post(API + "/{id}/publish", id), "writer", "{}");
		api(post(API + "/{id}/revisions", id), "writer",
				"{\"title\":\"修订后的通知\",\"body\":\"<p>新正文</p>\",\"note\":\"更正日期\"}");

		assertThat(queue("checker")).contains("修订后的通知").contains("修订");
		assertThat(mailedAbout(id)).containsExactly(code + "checker@example.cn", code + "checker@example.cn");
	}

	@Test
	void membersWhoReviewNothingHaveNoQueueNoEntryAndNoQueueCard() throws Exception {
		account("writer", "UNIT_EDITOR");
		mvc.perform(get(ReviewQueueConsole.PATH).with(Sessions.demo(mvc, code + "writer"))).andExpect(status().isForbidden());
		assertThat(menu.entries(principal("writer"))).isEmpty();
		assertThat(cards.cards(principal("writer"))).extracting(DashboardCard::titleKey)
			.containsExactly("docs.card.returned", "docs.card.drafts");
	}

	@Test
	void anEditorsCardsCountTheirDraftsAndTheOnesReturnedToThem() throws Exception {
		account("writer", "UNIT_EDITOR");
		account("checker", "UNIT_REVIEWER");
		Drafts.createViaApi(mvc, code + "writer", "仍在起草的通知", unit, category);
		long returned = Drafts.createViaApi(mvc, code + "writer", "被退回的通知", unit, category);
		submit(returned, "writer");
		api(post(API + "/{id}/review", returned), "checker", "{\"conclusion\":\"NOT_DISCLOSABLE\",\"reason\":\"涉及个人信息\"}");

		List<DashboardCard> writerCards = cards.cards(principal("writer"));
		assertThat(writerCards).extracting(DashboardCard::titleKey, DashboardCard::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("docs.card.returned", 1L),
					org.assertj.core.groups.Tuple.tuple("docs.card.drafts", 2L));
		assertThat(writerCards).allMatch(card -> card.urgency() == DashboardCard.Urgency.WAITING);
		assertThat(cards.cards(principal("checker"))).extracting(DashboardCard::titleKey, DashboardCard::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("docs.card.queue", 0L));
	}

	@Test
	void theReturnedCardOpensTheListOfTheDraftsReturnedToTheEditor() throws Exception {
		account("writer", "UNIT_EDITOR");
		account("checker", "UNIT_REVIEWER");
		Drafts.createViaApi(mvc, code + "writer", "未送审的通知", unit, category);
		long returned = Drafts.createViaApi(mvc, code + "writer", "退回后待修改的通知", unit, category);
		submit(returned, "writer");
		api(post(API + "/{id}/review", returned), "checker", "{\"conclusion\":\"NOT_DISCLOSABLE\",\"reason\":\"涉及个人信息\"}");

		String href = cards.cards(principal("writer"))
			.stream()
			.filter(card -> card.titleKey().equals("docs.card.returned"))
			.findFirst()
			.orElseThrow()
			.href();
		org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(mvc.perform(get(href).with(Sessions.demo(mvc, code + "writer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(list.select("table.documents tbody a").eachText()).containsExactly("退回后待修改的通知");
		assertThat(list.select("#returned-filter")).hasSize(1);
	}

	private long badge(String who) {
		List<MenuEntry> entries = menu.entries(principal(who));
		assertThat(entries).singleElement().extracting(MenuEntry::path).isEqualTo(ReviewQueueConsole.PATH);
		return entries.get(0).badge().count();
	}

	private StaffPrincipal principal(String who) {
		return (StaffPrincipal) staff.loadUserByUsername(code + who);
	}

	private String queue(String who) throws Exception {
		String username = who.equals("office") ? who : code + who;
		return mvc.perform(get(ReviewQueueConsole.PATH).with(Sessions.demo(mvc, username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private List<String> mailedAbout(long id) {
		return jdbc.queryForList("select recipient from outgoing_mail where purpose = 'document.review.requested' "
				+ "and reference = ? order by id", String.class, String.valueOf(id));
	}

	private void submit(long id, String who) throws Exception {
		api(post(API + "/{id}/submit", id), who, null);
	}

	private void api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String who,
			String json) throws Exception {
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		mvc.perform(request.with(httpBasic(code + who, TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().is2xxSuccessful());
	}

	private void account(String who, String roles) throws Exception {
		mvc.perform(post("/api/v1/admin/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","displayName":"%s","email":"%s@example.cn","unitId":%d,"roles":["%s"],"password":"%s"}"""
				.formatted(code + who, who, code + who, unit, roles, TestAccounts.DEMO_PASSWORD)))
			.andExpect(status().isCreated());
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", TestAccounts.ADMIN_PASSWORD);
	}

}

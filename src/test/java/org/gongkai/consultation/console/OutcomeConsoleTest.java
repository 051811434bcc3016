package org.gongkai.consultation.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.consultation.Adoption;
import org.gongkai.consultation.CommentForm;
import org.gongkai.consultation.CommentView;
import org.gongkai.consultation.Comments;
import org.gongkai.consultation.ConsultationView;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.Moderation;
import org.gongkai.consultation.Phase;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The feedback page: refused before closing with the date, groups refused at their fields (no adoption, no reason
 * for 未采纳), the final decision found by index number and linked, and the feedback published once every approved
 * comment is in a group.
 */
@GongkaiTest
class OutcomeConsoleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Consultations consultations;

	@Autowired
	Comments comments;

	@Autowired
	Moderation moderation;

	@Autowired
	Catalogue catalogue;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	ConsoleFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ConsoleFixtures(consultations, comments, staff, clock, jdbc);
	}

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Test
	void publishingBeforeClosingIsRefusedWithTheClosingDate() throws Exception {
		long id = fixtures.open("尚未截止的办法");
		String refused = page(post("/admin/consultations/" + id + "/outcome/publish")
			.param("version", "" + fixtures.view(id).version())
			.with(csrf()), Sessions.demo(mvc, "editor"), 409);
		assertThat(refused).contains("id=\"refusal\"", "截止后方可发布意见采纳情况", fixtures.view(id).closesOn().toString());
	}

	@Test
	void theUnitGroupsTheOpinionsLinksTheDecisionAndPublishesTheFeedback() throws Exception {
		long id = fixtures.closed("已截止待反馈的办法", new CommentForm(null, "丙", null, false, "建议扩大适用范围。"),
				new CommentForm(null, null, null, false, "建议提高补贴标准。"));
		for (CommentView c : fixtures.comments(id)) {
			moderation.approve(fixtures.as("editor"), c.id(), c.version());
		}
		SignedIn.signOut();
		long first = fixtures.comments(id).get(0).id();
		long second = fixtures.comments(id).get(1).id();
		RequestPostProcessor editor = Sessions.demo(mvc, "editor");
		String path = "/admin/consultations/" + id + "/outcome";
		assertThat(page(get(path), editor, 200)).contains("id=\"ungrouped\"", "还有2条已公开的意见未归入任何分组");
		page(get(path), Sessions.demo(mvc, "handler"), 403);

		String noAdoption = page(post(path + "/groups").param("summary", "关于适用范围").param("adoption", "")
			.param("commentIds", "" + first)
			.with(csrf()), editor, 400);
		assertThat(noAdoption).contains("id=\"adoption-error\"", "请选择采纳情况");
		String noReason = page(post(path + "/groups").param("summary", "关于适用范围").param("adoption", "NOT_ADOPTED")
			.param("commentIds", "" + first)
			.with(csrf()), editor, 400);
		assertThat(noReason).contains("id=\"reason-error\"", "须说明理由");
		mvc.perform(post(path + "/groups").param("summary", "关于适用范围").param("adoption", "ADOPTED")
			.param("commentIds", "" + first)
			.with(csrf())
			.with(editor)).andExpect(status().is3xxRedirection());
		String missing = page(post(path + "/publish").param("version", "" + fixtures.view(id).version()).with(csrf()),
				editor, 400);
		assertThat(missing).contains("请填写意见采纳情况说明");

		DocumentSummary decision = catalogue.publicPage(CatalogueFilter.none(), 0, 1).getContent().get(0);
		String lookup = page(get(path).param("document", decision.indexNumber()), editor, 200);
		assertThat(lookup).contains("id=\"lookup-found\"", decision.title(), "value=\"" + decision.id() + "\"");
		assertThat(page(get(path).param("document", "不存在的索引号"), editor, 200)).contains("id=\"lookup-missed\"");
		String notPublic = page(post(path).param("summary", "共收到意见2条。").param("finalDocumentId", "99999999")
			.with(csrf()), editor, 400);
		assertThat(notPublic).contains("id=\"finalDocumentId-error\"");
		mvc.perform(post(path).param("summary", "共收到意见2条，采纳1条，部分采纳1条。")
			.param("finalDocumentId", "" + decision.id())
			.with(csrf())
			.with(editor)).andExpect(status().is3xxRedirection());
		String ungrouped = page(post(path + "/publish").param("version", "" + fixtures.view(id).version()).with(csrf()),
				editor, 409);
		assertThat(ungrouped).contains("还有1条已公开的意见未归入任何分组");

		mvc.perform(post(path + "/groups").param("summary", "关于补贴标准").param("adoption", "PARTLY_ADOPTED")
			.param("reason", "结合财力，标准适当提高。")
			.param("commentIds", "" + second)
			.with(csrf())
			.with(editor)).andExpect(status().is3xxRedirection());
		long groupId = fixtures.view(id).outcome().groups().get(1).id();
		assertThat(page(get(path + "/groups/" + groupId), editor, 200)).contains("关于补贴标准", "结合财力");
		page(post(path + "/publish").param("version", "" + fixtures.view(id).version()).with(csrf()),
				Sessions.demo(mvc, "reviewer"), 403);
		mvc.perform(post(path + "/publish").param("version", "" + fixtures.view(id).version()).with(csrf()).with(editor))
			.andExpect(status().is3xxRedirection());

		ConsultationView concluded = fixtures.view(id);
		assertThat(concluded.phase()).isEqualTo(Phase.CONCLUDED);
		assertThat(concluded.outcome().groups()).extracting(ConsultationView.OpinionGroupView::adoption)
			.containsExactly(Adoption.ADOPTED, Adoption.PARTLY_ADOPTED);
		assertThat(concluded.outcome().finalDocumentTitle()).isEqualTo(decision.title());
		assertThat(page(get(path), editor, 200)).contains("id=\"outcome-published\"", decision.title());
	}

	private String page(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor who, int expected)
			throws Exception {
		return mvc.perform(request.with(who))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}

package org.gongkai.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo consultations a new installation shows: one open with comments beside its articles (one pending, one
 * flagged), one concluded with its groups, feedback and final decision, one closed and still awaiting feedback.
 */
@GongkaiTest
class DemoConsultationsTest {

	@Autowired
	DemoConsultations demo;

	@Autowired
	PublicConsultations publicConsultations;

	@Autowired
	Consultations consultations;

	@Autowired
	Moderation moderation;

	@Autowired
	UserDetailsService staff;

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Test
	void theDemoShowsAnOpenAConcludedAndAClosedConsultation() {
		SignedIn.as(staff, "office");
		var all = consultations.staffPage(CurrentStaff.require(), 0, 100).getContent();
		ConsultationSummary open = find(all, DemoDrafts.SUBSIDY_TITLE);
		ConsultationSummary concluded = find(all, DemoDrafts.WAGES_TITLE);
		ConsultationSummary closed = find(all, DemoDrafts.GIG_TITLE);
		assertThat(open.phase()).isEqualTo(Phase.OPEN);
		assertThat(open.unitName()).isEqualTo("就业处");
		assertThat(concluded.phase()).isEqualTo(Phase.CONCLUDED);
		assertThat(closed.phase()).isIn(Phase.CLOSED, Phase.CONCLUDED);

		ConsultationView subsidy = publicConsultations.view(open.id());
		assertThat(subsidy.articles()).hasSizeBetween(8, 12);
		assertThat(subsidy.articles().get(2).label()).isEqualTo("第三条");
		assertThat(subsidy.articles().get(2).comments()).singleElement()
			.satisfies(c -> assertThat(c.body()).contains("技能提升补贴"));
		assertThat(subsidy.articles().stream().filter(a -> !a.comments().isEmpty()).count()).isGreaterThanOrEqualTo(4);
		ConsultationView staffView = consultations.staffView(CurrentStaff.require(), open.id());
		List<CommentView> everything = new java.util.ArrayList<>(staffView.generalComments());
		staffView.articles().forEach(a -> everything.addAll(a.comments()));
		assertThat(everything).filteredOn(c -> c.status() == CommentStatus.PENDING).hasSizeGreaterThanOrEqualTo(2);
		assertThat(everything).filteredOn(CommentView::flagged).singleElement()
			.satisfies(c -> assertThat(c.flaggedWords()).contains("代办", "加微信"));

		ConsultationView wages = publicConsultations.view(concluded.id());
		assertThat(wages.outcome().groups()).extracting(ConsultationView.OpinionGroupView::adoption)
			.containsExactly(Adoption.ADOPTED, Adoption.PARTLY_ADOPTED, Adoption.NOT_ADOPTED);
		assertThat(wages.outcome().groups().get(2).reason()).isNotBlank();
		assertThat(wages.outcome().finalDocumentTitle()).contains("工资支付");
		assertThat(wages.outcome().publishedAt()).isNotNull();

		assertThat(demo.load()).as("a second start adds nothing").isZero();
	}

	private static ConsultationSummary find(List<ConsultationSummary> all, String title) {
		return all.stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
	}

}

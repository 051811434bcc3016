package org.gongkai.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A consultation's life through the facades: drafted by the unit, published after the confidentiality review,
 * commented on article 3, moderated, closed, grouped and answered with the final decision linked. The test
 * travels back to October and returns to the shared clock's day, when the consultation has closed.
 */
@GongkaiTest
class ConsultationLifecycleTest {

	static final String DRAFT = """
			第一条　为进一步做好稳就业工作，根据有关规定，制定本办法。
			第二条　本办法适用于本省行政区域内吸纳就业困难人员的用人单位。
			第三条　用人单位吸纳登记失业半年以上人员就业的，按每人每月500元给予一次性吸纳就业补贴。
			第四条　本办法自印发之日起施行。
			""";

	@Autowired
	Consultations consultations;

	@Autowired
	PublicConsultations publicConsultations;

	@Autowired
	Comments comments;

	@Autowired
	Moderation moderation;

	@Autowired
	Outcomes outcomes;

	@Autowired
	SensitiveWords sensitiveWords;

	@Autowired
	Catalogue catalogue;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@AfterEach
	void back() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
	}

	@Test
	void aCommentOnArticleThreeIsModeratedShownBesideItAndAnsweredInTheFeedback() {
		on(2026, 10, 9);
		Me editor = as("editor");
		long id = consultations.create(editor, form(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 11), null));
		ConsultationView draft = consultations.staffView(editor, id);
		assertThat(draft.articles()).extracting(ConsultationView.ArticleView::label)
			.containsExactly("第一条", "第二条", "第三条", "第四条");
		assertThatThrownBy(() -> consultations.publish(editor, id, draft.version()))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("consultation.publish.denied");
		assertThatThrownBy(() -> publicConsultations.view(id)).hasMessage("consultation.notFound");

		consultations.publish(as("office"), id, draft.version());
		long article3 = draft.articles().get(2).id();
		assertThat(publicConsultations.view(id).phase()).isEqualTo(Phase.UPCOMING);
		assertThatThrownBy(() -> comments.submit(id, comment(article3, "太早了")))
			.hasMessage("consultation.comment.notYetOpen");

		on(2026, 10, 20);
		CommentReceipt receipt = comments.submit(id,
				new CommentForm(article3, "李女士", "li@example.com", true, "建议将补贴标准提高到每人每月800元。"));
		assertThat(receipt.statusCode()).hasSize(8);
		assertThat(publicConsultations.view(id).articles().get(2).comments()).isEmpty();
		assertThat(comments.status(receipt.statusCode()).status()).isEqualTo(CommentStatus.PENDING);

		Me editorAgain = as("editor");
		List<CommentView> queue = moderation.queue(editorAgain);
		CommentView pending = queue.stream().filter(c -> c.consultationId() == id).findFirst().orElseThrow();
		assertThat(pending.maskedContact()).isEqualTo("l***@example.com");
		assertThatThrownBy(() -> moderation.approve(as("reviewer"), pending.id(), pending.version()))
			.hasMessage("consultation.moderate.denied");
		moderation.approve(editorAgain, pending.id(), pending.version());
		moderation.reply(editorAgain, pending.id(), "感谢您的意见，我们将认真研究。");

		ConsultationView shown = publicConsultations.view(id);
		assertThat(shown.articles().get(2).comments()).singleElement().satisfies(c -> {
			assertThat(c.body()).isEqualTo("建议将补贴标准提高到每人每月800元。");
			assertThat(c.authorName()).isEqualTo("李女士");
			assertThat(c.maskedContact()).isNull();
		});
		assertThat(shown.articles().get(0).comments()).isEmpty();
		CommentStatusView status = comments.status(receipt.statusCode());
		assertThat(status.status()).isEqualTo(CommentStatus.APPROVED);
		assertThat(status.articleLabel()).isEqualTo("第三条");
		assertThat(status.reply()).isEqualTo("感谢您的意见，我们将认真研究。");

		long groupEarly = outcomes.addGroup(editorAgain, id, new OpinionGroupForm("关于补贴标准", Adoption.PARTLY_ADOPTED,
				"结合财力，标准调整为每人每月600元。", List.of(pending.id())));
		assertThatThrownBy(() -> outcomes.publish(editorAgain, id, versionOf(id)))
			.hasMessage("consultation.outcome.notClosed");

		clock.set(TestClockConfig.START);
		assertThatThrownBy(() -> comments.submit(id, comment(null, "截止后才来")))
			.hasMessage("consultation.comment.closed");
		Me editorLater = as("editor");
		assertThat(consultations.awaitingOutcome(editorLater)).anySatisfy(waiting -> {
			assertThat(waiting.id()).isEqualTo(id);
			assertThat(waiting.daysWaiting()).isEqualTo(16);
		});
		assertThatThrownBy(() -> outcomes.publish(editorLater, id, versionOf(id)))
			.hasMessage("consultation.outcome.summary.required");
		long decision = catalogue.publicPage(CatalogueFilter.none(), 0, 1).getContent().get(0).id();
		outcomes.saveOutcome(editorLater, id, new OutcomeForm("共收到意见1条，部分采纳1条。", decision));
		outcomes.publish(editorLater, id, versionOf(id));

		ConsultationView concluded = publicConsultations.view(id);
		assertThat(concluded.phase()).isEqualTo(Phase.CONCLUDED);
		assertThat(concluded.outcome().groups()).singleElement().satisfies(g -> {
			assertThat(g.id()).isEqualTo(groupEarly);
			assertThat(g.adoption()).isEqualTo(Adoption.PARTLY_ADOPTED);
			assertThat(g.commentIds()).containsExactly(pending.id());
		});
		assertThat(concluded.outcome().finalDocumentId()).isEqualTo(decision);
		assertThat(concluded.outcome().finalDocumentTitle()).isNotBlank();
		assertThat(consultations.awaitingOutcome(editorLater)).noneMatch(w -> w.id() == id);
	}

	@Test
	void periodsShorterThanTheMinimumNeedAReasonCountedInCalendarOrWorkingDays() {
		Me editor = as("editor");
		LocalDate opens = LocalDate.of(2026, 12, 1);
		assertThatThrownBy(() -> consultations.create(editor, form(opens, LocalDate.of(2026, 11, 30), null)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("closesOn"));
		assertThatThrownBy(() -> consultations.create(editor, form(opens, LocalDate.of(2026, 12, 30), null)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("shortPeriodReason");
				assertThat(v.arguments()).containsExactly(30, LocalDate.of(2026, 12, 31));
			});
		long full = consultations.create(editor, form(opens, LocalDate.of(2026, 12, 31), "不需要的理由"));
		assertThat(consultations.staffView(editor, full).shortPeriodReason()).isNull();
		long shortened = consultations.create(editor, form(opens, LocalDate.of(2026, 12, 15), "落实国务院紧急部署"));
		assertThat(consultations.staffView(editor, shortened).shortPeriodReason()).isEqualTo("落实国务院紧急部署");

		// Normative: 7 working days after Wednesday 30 September 2026 skip the 1-7 October holiday and count the
		// make-up Saturday 10 October: 8, 9, 10, 12, 13, 14, 15 October.
		assertThat(consultations.earliestClosing(LocalDate.of(2026, 9, 30), true)).isEqualTo(LocalDate.of(2026, 10, 15));
	}

	@Test
	void markupAndOverlongCommentsAreRefusedAndSensitiveWordsFlagTheComment() {
		on(2026, 11, 2);
		Me editor = as("editor");
		long id = consultations.create(editor, form(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 2), null));
		consultations.publish(as("office"), id, consultations.staffView(as("office"), id).version());
		sensitiveWords.replace(as("office"), List.of("发票", " 代办 ", ""));

		assertThatThrownBy(() -> comments.submit(id, comment(null, "好<script>alert(1)</script>")))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("body"));
		assertThatThrownBy(() -> comments.submit(id, comment(null, "长".repeat(2001))))
			.hasMessage("consultation.comment.body.tooLong");
		assertThatThrownBy(() -> comments.submit(id, new CommentForm(null, null, "", true, "请回复我")))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("contact"));
		CommentReceipt flagged = comments.submit(id, comment(null, "可以代办补贴申请，联系我"));
		assertThat(flagged.flagged()).isTrue();
		assertThat(moderation.queue(as("office"))).filteredOn(c -> c.consultationId() == id)
			.singleElement()
			.satisfies(c -> assertThat(c.flaggedWords()).containsExactly("代办"));
		sensitiveWords.replace(as("office"), List.of());
	}

	private long versionOf(long id) {
		return consultations.staffView(as("office"), id).version();
	}

	private ConsultationForm form(LocalDate opens, LocalDate closes, String reason) {
		return new ConsultationForm("湖南省吸纳就业补贴实施办法（征求意见稿）", "为落实就业优先政策，起草了本办法。", unit("employment"),
				"就业促进处，0731-00000000", false, opens, closes, reason, DRAFT);
	}

	private static CommentForm comment(Long articleId, String body) {
		return new CommentForm(articleId, null, null, false, body);
	}

	private long unit(String code) {
		return units.all().stream().filter(u -> u.code().equals(code)).map(UnitView::id).findFirst().orElseThrow();
	}

	private Me as(String username) {
		SignedIn.as(staff, username);
		return CurrentStaff.require();
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
	}

}

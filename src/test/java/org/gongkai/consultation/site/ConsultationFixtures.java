package org.gongkai.consultation.site;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueFilter;
import org.gongkai.consultation.Adoption;
import org.gongkai.consultation.CommentForm;
import org.gongkai.consultation.CommentReceipt;
import org.gongkai.consultation.CommentView;
import org.gongkai.consultation.Comments;
import org.gongkai.consultation.ConsultationForm;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.Moderation;
import org.gongkai.consultation.OpinionGroupForm;
import org.gongkai.consultation.OutcomeForm;
import org.gongkai.consultation.Outcomes;
import org.gongkai.consultation.Rejection;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.support.MutableClock;
import org.gongkai.support.SignedIn;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Consultations in each phase, made through the core's facades as staff would: open today, upcoming, closed (made
 * in the past, the clock then returned to where it was) and concluded with a comment answered in the feedback.
 */
public final class ConsultationFixtures {

	public static final String DRAFT = """
			第一条　为进一步做好稳就业工作，根据有关规定，制定本办法。
			第二条　本办法适用于本省行政区域内吸纳就业困难人员的用人单位。
			第三条　用人单位吸纳登记失业半年以上人员就业的，按每人每月500元给予一次性吸纳就业补贴。
			第四条　本办法自印发之日起施行。
			""";

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Consultations consultations;

	private final Comments comments;

	private final Moderation moderation;

	private final Outcomes outcomes;

	private final UnitManagement units;

	private final Catalogue catalogue;

	private final UserDetailsService staff;

	private final MutableClock clock;

	public ConsultationFixtures(ApplicationContext context) {
		this.consultations = context.getBean(Consultations.class);
		this.comments = context.getBean(Comments.class);
		this.moderation = context.getBean(Moderation.class);
		this.outcomes = context.getBean(Outcomes.class);
		this.units = context.getBean(UnitManagement.class);
		this.catalogue = context.getBean(Catalogue.class);
		this.staff = context.getBean(UserDetailsService.class);
		this.clock = context.getBean(MutableClock.class);
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** Open from today for 30 days. */
	public long open(String title) {
		return published(title, today(), today().plusDays(30), null);
	}

	/** Open from today for 10 days, with the stated reason for the shorter period. */
	public long openShortened(String title, String reason) {
		return published(title, today(), today().plusDays(10), reason);
	}

	/** Open from today for 30 days, with the draft text given (paragraphs, or a preamble before the articles). */
	public long openWithDraft(String title, String draft) {
		return published(title, today(), today().plusDays(30), null, draft);
	}

	/** Published, comments from 5 days on. */
	public long upcoming(String title) {
		return published(title, today().plusDays(5), today().plusDays(40), null);
	}

	/** Opened 40 days ago, closed 10 days ago, with one comment on article 3 sent meanwhile (pending). */
	public long closed(String title) {
		return inThePast(() -> {
			long id = published(title, today(), today().plusDays(30), null);
			comments.submit(id, new CommentForm(articleId(id, 3), "王先生", "wang@example.com", false,
					"建议补贴按季度发放。"));
			return id;
		});
	}

	/**
	 * Closed, its comment on article 3 approved and answered in a partly adopted group, the feedback published
	 * with a public catalogue document as the decision.
	 */
	public long concluded(String title) {
		long id = closed(title);
		Me editor = as("editor");
		try {
			CommentView comment = approveAll(id).get(0);
			outcomes.addGroup(editor, id, new OpinionGroupForm("关于补贴发放方式", Adoption.PARTLY_ADOPTED,
					"按季度发放不利于及时兑现，改为按月申领、按季度集中审核。", List.of(comment.id())));
			outcomes.saveOutcome(editor, id, new OutcomeForm("共收到意见1条，部分采纳1条。", decisionDocument()));
			outcomes.publish(editor, id, consultations.staffView(editor, id).version());
			return id;
		}
		finally {
			SignedIn.signOut();
		}
	}

	/** A public catalogue document to link as a decision. */
	public long decisionDocument() {
		return catalogue.publicPage(CatalogueFilter.none(), 0, 1).getContent().get(0).id();
	}

	public CommentReceipt comment(long id, Long articleId, String name, String body) {
		return comments.submit(id, new CommentForm(articleId, name, null, false, body));
	}

	/** Approves every pending comment of the consultation, as the office; answers them as they were. */
	public List<CommentView> approveAll(long id) {
		Me office = as("office");
		try {
			List<CommentView> pending = moderation.queue(office).stream().filter(c -> c.consultationId() == id).toList();
			pending.forEach(c -> moderation.approve(office, c.id(), c.version()));
			return pending;
		}
		finally {
			SignedIn.signOut();
		}
	}

	/** Rejects every pending comment of the consultation, as the office, for the reason given. */
	public void rejectAll(long id, Rejection reason) {
		Me office = as("office");
		try {
			moderation.queue(office)
				.stream()
				.filter(c -> c.consultationId() == id)
				.forEach(c -> moderation.reject(office, c.id(), c.version(), reason));
		}
		finally {
			SignedIn.signOut();
		}
	}

	/** The id of the n-th article (from 1). */
	public long articleId(long id, int n) {
		Me editor = as("editor");
		try {
			return consultations.staffView(editor, id).articles().get(n - 1).id();
		}
		finally {
			SignedIn.signOut();
		}
	}

	public long attach(long id, String fileName, byte[] content) {
		Me editor = as("editor");
		try {
			return consultations.attach(editor, id, fileName, "application/pdf", content);
		}
		finally {
			SignedIn.signOut();
		}
	}

	private long published(String title, LocalDate opens, LocalDate closes, String reason) {
		return published(title, opens, closes, reason, DRAFT);
	}

	private long published(String title, LocalDate opens, LocalDate closes, String reason, String draft) {
		Me editor = as("editor");
		try {
			long id = consultations.create(editor, new ConsultationForm(title, "为落实就业优先政策，起草了本办法。\n请社会各界提出意见。",
					unit("employment"), "就业促进处，0731-00000000", false, opens, closes, reason, draft));
			Me office = as("office");
			consultations.publish(office, id, consultations.staffView(office, id).version());
			return id;
		}
		finally {
			SignedIn.signOut();
		}
	}

	private <T> T inThePast(Supplier<T> work) {
		Instant now = clock.instant();
		clock.set(now.minus(Duration.ofDays(40)));
		try {
			return work.get();
		}
		finally {
			clock.set(now);
		}
	}

	private long unit(String code) {
		return units.all().stream().filter(u -> u.code().equals(code)).map(UnitView::id).findFirst().orElseThrow();
	}

	private Me as(String username) {
		SignedIn.as(staff, username);
		return CurrentStaff.require();
	}

}

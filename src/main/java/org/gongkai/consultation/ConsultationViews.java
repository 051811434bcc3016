package org.gongkai.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.consultation.ConsultationView.ArticleView;
import org.gongkai.consultation.ConsultationView.FileView;
import org.gongkai.consultation.ConsultationView.OpinionGroupView;
import org.gongkai.consultation.ConsultationView.OutcomeView;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.springframework.stereotype.Component;

/** Builds the views of consultations and comments, for the public (approved only) or for staff (all). */
@Component
class ConsultationViews {

	private final CommentRepository comments;

	private final UnitManagement units;

	private final Catalogue catalogue;

	private final ConsultationPeriods periods;

	private final Clock clock;

	ConsultationViews(CommentRepository comments, UnitManagement units, Catalogue catalogue,
			ConsultationPeriods periods, Clock clock) {
		this.comments = comments;
		this.units = units;
		this.catalogue = catalogue;
		this.periods = periods;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Map<Long, String> unitNames() {
		return units.all().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
	}

	ConsultationSummary summary(Consultation c, Map<Long, String> unitNames) {
		return new ConsultationSummary(c.id(), c.title(), c.unitId(), unitNames.get(c.unitId()), c.opensOn(),
				c.closesOn(), c.phase(today()), c.normative(),
				comments.countByConsultationIdAndStatus(c.id(), CommentStatus.APPROVED),
				comments.countByConsultationIdAndStatus(c.id(), CommentStatus.PENDING));
	}

	/** The public page: approved comments, the outcome only once published. */
	ConsultationView publicView(Consultation c) {
		List<ConsultationComment> approved = comments.findByConsultationIdAndStatusOrderBySubmittedAtAscIdAsc(c.id(),
				CommentStatus.APPROVED);
		return view(c, approved, c.status() == ConsultationStatus.CONCLUDED, false);
	}

	/** The staff page: every comment, contacts masked, the outcome as prepared so far. */
	ConsultationView staffView(Consultation c) {
		return view(c, comments.findByConsultationIdOrderBySubmittedAtAscIdAsc(c.id()), true, true);
	}

	private ConsultationView view(Consultation c, List<ConsultationComment> shown, boolean withOutcome,
			boolean staff) {
		Map<Long, String> labels = c.articles().stream()
			.collect(Collectors.toMap(ConsultationArticle::id, ConsultationArticle::label));
		Map<Long, List<CommentView>> byArticle = shown.stream()
			.filter(comment -> comment.articleId() != null)
			.map(comment -> comment(comment, labels, staff))
			.collect(Collectors.groupingBy(CommentView::articleId));
		List<CommentView> general = shown.stream()
			.filter(comment -> comment.articleId() == null)
			.map(comment -> comment(comment, labels, staff))
			.toList();
		List<ArticleView> articles = c.articles()
			.stream()
			.map(a -> new ArticleView(a.id(), a.position(), a.label(), a.body(),
					byArticle.getOrDefault(a.id(), List.of())))
			.toList();
		List<FileView> files = c.files()
			.stream()
			.map(f -> new FileView(f.id(), f.fileName(), f.contentType(), f.sizeBytes()))
			.toList();
		OutcomeView outcome = withOutcome ? outcome(c, shown) : null;
		String draftText = staff ? draftText(c) : null;
		return new ConsultationView(c.id(), c.title(), c.explanation(), c.unitId(), unitNames().get(c.unitId()),
				c.contact(), c.normative(), c.opensOn(), c.closesOn(), c.shortPeriodReason(), c.status(),
				c.phase(today()), c.version(), c.createdBy(), c.reviewedBy(), c.publishedAt(), articles, general, files,
				outcome, periods.earliestClosing(c.opensOn(), c.normative()), draftText,
				staff ? Set.copyOf(c.contributors()) : Set.of());
	}

	private OutcomeView outcome(Consultation c, List<ConsultationComment> shown) {
		Map<Long, List<Long>> byGroup = shown.stream()
			.filter(comment -> comment.groupId() != null)
			.collect(Collectors.groupingBy(ConsultationComment::groupId,
					Collectors.mapping(ConsultationComment::id, Collectors.toList())));
		List<OpinionGroupView> groups = c.groups()
			.stream()
			.map(g -> new OpinionGroupView(g.id(), g.position(), g.summary(), g.adoption(), g.reason(),
					byGroup.getOrDefault(g.id(), List.of())))
			.toList();
		String finalTitle = c.finalDocumentId() == null ? null
				: catalogue.publicDocument(c.finalDocumentId()).map(DocumentView::title).orElse(null);
		return new OutcomeView(c.outcomeSummary(), groups, c.finalDocumentId(), finalTitle, c.outcomePublishedAt());
	}

	CommentView comment(ConsultationComment c, Map<Long, String> articleLabels, boolean staff) {
		List<String> flagged = staff && c.flaggedWords() != null ? Arrays.asList(c.flaggedWords().split(","))
				: List.of();
		return new CommentView(c.id(), c.consultationId(), c.articleId(),
				c.articleId() == null ? null : articleLabels.get(c.articleId()), c.authorName(),
				staff ? Contacts.mask(c.contact()) : null, c.body(), c.submittedAt(), c.status(), flagged,
				staff ? c.rejection() : null, c.reply(), c.repliedAt(), c.groupId(), c.version());
	}

	static Map<Long, String> articleLabels(Consultation c) {
		return c.articles().stream().collect(Collectors.toMap(ConsultationArticle::id, ConsultationArticle::label));
	}

	/** The draft as the form shows it for editing: each article's label and text, blank lines between. */
	static String draftText(Consultation c) {
		return c.articles()
			.stream()
			.map(a -> a.label().matches("\u7b2c.+[\u6761\u7ae0\u8282]") ? a.label() + "\u3000" + a.body() : a.body())
			.collect(Collectors.joining("\n\n"));
	}

}

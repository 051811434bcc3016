package org.gongkai.consultation.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongkai.consultation.Adoption;
import org.gongkai.consultation.CommentForm;
import org.gongkai.consultation.CommentStatus;
import org.gongkai.consultation.CommentStatusView;
import org.gongkai.consultation.CommentView;
import org.gongkai.consultation.ConsultationSummary;
import org.gongkai.consultation.ConsultationView;
import org.gongkai.consultation.Phase;
import org.gongkai.consultation.Rejection;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The bodies of the public consultations API: what the pages show, as JSON. Approved comments only, never a
 * contact; the feedback only once it is published.
 */
final class ApiConsultations {

	private ApiConsultations() {
	}

	/** A page of consultations; {@code page} counts from 1. */
	record ConsultationList(List<Item> items, int page, int size, long total) {
	}

	/** A line of the list. */
	@Schema(name = "ConsultationItem")
	record Item(long id, String title, String unit, LocalDate opensOn, LocalDate closesOn, Phase phase,
			boolean normative, @Schema(description = "Approved (published) comments") long comments, String url) {

		static Item of(ConsultationSummary c) {
			return new Item(c.id(), c.title(), c.unitName(), c.opensOn(), c.closesOn(), c.phase(), c.normative(),
					c.approvedComments(), link("/consultations/{id}", c.id()));
		}

	}

	/** A consultation with its draft by article, the approved comments beside each, its files and feedback. */
	@Schema(name = "ConsultationDetail")
	record Detail(long id, String title, String unit, String contact, String explanation, boolean normative,
			LocalDate opensOn, LocalDate closesOn,
			@Schema(description = "Why the period is shorter than the minimum; absent when it is not") String shortPeriodReason,
			Phase phase, List<Article> articles,
			@Schema(description = "Approved comments on the whole draft") List<Comment> generalComments,
			List<File> files, @Schema(description = "The feedback (意见采纳情况), once published") Outcome outcome,
			String url) {

		static Detail of(ConsultationView c) {
			return new Detail(c.id(), c.title(), c.unitName(), c.contact(), c.explanation(), c.normative(),
					c.opensOn(), c.closesOn(), c.shortPeriodReason(), c.phase(),
					c.articles().stream().map(Article::of).toList(),
					c.generalComments().stream().map(Comment::of).toList(),
					c.files().stream().map(f -> File.of(c.id(), f)).toList(),
					c.outcome() == null ? null : Outcome.of(c.outcome()), link("/consultations/{id}", c.id()));
		}

	}

	/** An article (条) of the draft and the approved comments anchored to it. */
	record Article(long id, int position, String label, String body, List<Comment> comments) {

		static Article of(ConsultationView.ArticleView a) {
			return new Article(a.id(), a.position(), a.label(), a.body(), a.comments().stream().map(Comment::of).toList());
		}

	}

	/** An approved comment: the name its author gave (or none), when, what. */
	record Comment(long id, String authorName, Instant submittedAt, String body) {

		static Comment of(CommentView c) {
			return new Comment(c.id(), c.authorName(), c.submittedAt(), c.body());
		}

	}

	/** A file published with the draft. */
	@Schema(name = "ConsultationFile")
	record File(long id, String fileName, String contentType, long sizeBytes, String url) {

		static File of(long consultationId, ConsultationView.FileView f) {
			return new File(f.id(), f.fileName(), f.contentType(), f.sizeBytes(),
					link("/consultations/{id}/files/{fileId}", consultationId, f.id()));
		}

	}

	/** The feedback: the overall account, each group of opinions with what was done and why, the decision. */
	record Outcome(String summary, List<Group> groups, FinalDocument finalDocument, Instant publishedAt) {

		static Outcome of(ConsultationView.OutcomeView o) {
			FinalDocument document = o.finalDocumentId() == null || o.finalDocumentTitle() == null ? null
					: new FinalDocument(o.finalDocumentId(), o.finalDocumentTitle(),
							link("/catalogue/documents/{id}", o.finalDocumentId()));
			return new Outcome(o.summary(), o.groups().stream().map(Group::of).toList(), document, o.publishedAt());
		}

	}

	/** A group of opinions and the comments it answers. */
	@Schema(name = "ConsultationCommentGroup")
	record Group(String summary, Adoption adoption, String reason, List<Long> commentIds) {

		static Group of(ConsultationView.OpinionGroupView g) {
			return new Group(g.summary(), g.adoption(), g.reason(), g.commentIds());
		}

	}

	/** The decision document in the public catalogue. */
	record FinalDocument(long id, String title, String url) {
	}

	/** A comment as an API client sends it; {@code wantsReply} may be left out (no reply wanted). */
	record CommentBody(@Schema(description = "The article commented on; absent for the whole draft") Long articleId,
			@Schema(description = "Published with the comment; absent for anonymous") @Size(max = 100) String name,
			@Schema(description = "E-mail or phone, needed for a reply; never published") @Size(max = 200) String contact,
			Boolean wantsReply, @Schema(description = "Plain text; markup is refused") @NotBlank @Size(max = 4000) String body) {

		CommentForm toForm() {
			return new CommentForm(articleId, name, contact, wantsReply, body);
		}

	}

	/** What a commenter keeps: the status code, shown in this answer only. */
	record Receipt(long consultationId,
			@Schema(description = "The secret status code: shown only in this answer, never again") String statusCode,
			String statusUrl) {
	}

	/** A comment as its code's holder sees it. */
	record Status(long consultationId, String consultationTitle,
			@Schema(description = "The article commented on; absent for a comment on the whole draft") String articleLabel,
			String body, Instant submittedAt, CommentStatus status,
			@Schema(description = "Why the comment is not published (REJECTED only)") Rejection rejection,
			@Schema(description = "The drafting unit's reply, if any") String reply, Instant repliedAt) {

		static Status of(CommentStatusView s) {
			return new Status(s.consultationId(), s.consultationTitle(), s.articleLabel(), s.body(), s.submittedAt(),
					s.status(), s.rejection(), s.reply(), s.repliedAt());
		}

	}

	static String link(String path, Object... variables) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(variables).toUriString();
	}

}

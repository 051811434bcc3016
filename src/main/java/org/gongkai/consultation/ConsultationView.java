package org.gongkai.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A consultation as a page shows it. For the public: approved comments only, without contacts, and the outcome
 * only once published; for staff: every comment (contacts masked) and the outcome being prepared.
 *
 * @param generalComments comments on the whole draft (not anchored to an article)
 * @param earliestClosing the earliest closing date without a stated reason (for the form's hint)
 * @param contributors who created or changed the draft (staff only; empty for the public): 四眼原则
 */
public record ConsultationView(long id, String title, String explanation, long unitId, String unitName,
		String contact, boolean normative, LocalDate opensOn, LocalDate closesOn, String shortPeriodReason,
		ConsultationStatus status, Phase phase, long version, String createdBy, String reviewedBy,
		Instant publishedAt, List<ArticleView> articles, List<CommentView> generalComments, List<FileView> files,
		OutcomeView outcome, LocalDate earliestClosing, String draftText, Set<String> contributors) {

	public boolean open() {
		return phase == Phase.OPEN;
	}

	public long commentCount() {
		return generalComments.size() + articles.stream().mapToLong(a -> a.comments().size()).sum();
	}

	/** An article of the draft with the comments anchored to it. */
	public record ArticleView(long id, int position, String label, String body, List<CommentView> comments) {
	}

	/** A file published with the draft. */
	public record FileView(long id, String fileName, String contentType, long sizeBytes) {
	}

	/**
	 * The feedback: overall text, the opinion groups, the final decision document (its title when public).
	 */
	public record OutcomeView(String summary, List<OpinionGroupView> groups, Long finalDocumentId,
			String finalDocumentTitle, Instant publishedAt) {
	}

	/** A group of opinions, what was done with them and why, and how many comments it answers. */
	public record OpinionGroupView(long id, int position, String summary, Adoption adoption, String reason,
			List<Long> commentIds) {
	}

}

package org.gongkai.catalogue;

import java.time.Instant;

/**
 * A row of the review queue (待保密审查): a draft submitted for its first publication, or a revision of a
 * published document.
 *
 * @param documentId the document
 * @param revisionId the revision under review, or {@code null} for a draft
 * @param title the title under review (the revision's own title for a revision)
 * @param unitId the unit the document belongs to, whose reviewers review it
 * @param documentType the document's type
 * @param waitingSince when it was submitted (the queue is oldest first)
 * @param submittedBy who submitted the draft or proposed the revision
 * @param mine whether the member reading the queue drafted, changed or proposed it, so that four eyes leaves its
 *        review to someone else
 */
public record ReviewQueueItem(long documentId, Long revisionId, String title, long unitId, String documentType,
		Instant waitingSince, String submittedBy, boolean mine) {

	public boolean revision() {
		return revisionId != null;
	}

}

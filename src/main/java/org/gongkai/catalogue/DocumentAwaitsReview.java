package org.gongkai.catalogue;

import java.util.Set;

/**
 * A draft was submitted for its confidentiality review, or a revision of a published document was proposed: the
 * unit's reviewers have work.
 *
 * @param documentId the document
 * @param revisionId the revision under review, or {@code null} for a draft
 * @param title the title under review
 * @param unitId the document's unit, whose reviewers review it
 * @param submittedBy who submitted it
 * @param contributors who drafted or changed what waits, none of whom may review it (four eyes)
 */
public record DocumentAwaitsReview(long documentId, Long revisionId, String title, long unitId, String submittedBy,
		Set<String> contributors) {

	public DocumentAwaitsReview {
		contributors = Set.copyOf(contributors);
	}

}

package org.gongkai.catalogue;

import java.time.Instant;

/** A confidentiality review as the console shows it. */
public record ReviewView(long id, Long revisionId, String reviewer, String reviewerUnit, ReviewConclusion conclusion,
		String reason, Instant reviewedAt) {
}

package org.gongkai.catalogue;

import java.time.Instant;

/** A version in a document's history (or a revision awaiting review). */
public record RevisionView(long id, Integer revision, String title, String note, String status, String createdBy,
		Instant createdAt, Instant publishedAt) {
}

package org.gongkai.catalogue;

import java.time.Instant;
import java.util.Set;

/** A version in a document's history (or a revision awaiting review). */
public record RevisionView(long id, Integer revision, String title, String note, String status, String createdBy,
		Instant createdAt, Instant publishedAt) {

	/** Who made this version: a revision is never changed after it is proposed, so its proposer alone. */
	public Set<String> contributors() {
		return Set.of(createdBy);
	}

}

package org.gongkai.catalogue;

import java.time.Instant;

/** A document became public (first publication). */
public record DocumentPublished(long documentId, String indexNumber, String title, long unitId, String documentType,
		Instant publishedAt) {
}

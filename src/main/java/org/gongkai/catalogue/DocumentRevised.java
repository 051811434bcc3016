package org.gongkai.catalogue;

import java.time.Instant;

/** A published document's content was replaced by a reviewed revision. */
public record DocumentRevised(long documentId, int revision, Instant revisedAt) {
}

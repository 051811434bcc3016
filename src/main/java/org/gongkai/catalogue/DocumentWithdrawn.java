package org.gongkai.catalogue;

import java.time.Instant;

/** A document was withdrawn from every public page. */
public record DocumentWithdrawn(long documentId, String reason, Instant withdrawnAt) {
}

package org.gongkai.requests;

import java.time.Instant;

/**
 * The newest link to the reply mailed to the applicant, as the case page shows it.
 *
 * @param revokedAt when staff withdrew it or a newer link replaced it, {@code null} while it may work
 * @param valid whether it opens the reply now
 */
public record ReplyLinkView(Instant createdAt, Instant expiresAt, Instant revokedAt, boolean valid) {
}

package org.gongkai.identity;

import java.time.Instant;

/** A token as its owner sees it in the console: never the token itself, only its first characters. */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
		Instant revokedAt, Instant lastUsedAt, boolean active) {
}

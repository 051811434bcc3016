package org.gongkai.audit;

import java.time.Instant;

/** A row of the log as views and the API see it. */
public record AuditRecord(long id, Instant occurredAt, String actor, String actorUnit, String action,
		String objectType, String objectId, String summary, String clientAddress, String hash) {
}

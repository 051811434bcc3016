package org.gongkai.audit;

import java.time.Instant;

/**
 * A row of the log as views and the API see it.
 *
 * @param hash its link in the chain, or {@code null} while it waits to be chained (a fraction of a second)
 */
public record AuditRecord(long id, Instant occurredAt, String actor, String actorUnit, String action,
		String objectType, String objectId, String summary, String clientAddress, String hash) {

	/** Whether the row is in the hash chain yet (it is recorded either way). */
	public boolean chained() {
		return hash != null;
	}

}

package org.gongkai.audit;

/**
 * A state change to record. Published by any module with {@code ApplicationEventPublisher}; recorded
 * synchronously in the publisher's transaction, so a change and its audit row commit or fail together.
 * The actor, the actor's unit, the time and the client address are filled in here from the security
 * context and the current request, unless {@code actor} is given (as for failed logins).
 *
 * @param action what happened, a stable key such as {@code unit.created}
 * @param objectType the kind of object changed, such as {@code Unit}
 * @param objectId its identifier, or {@code null}
 * @param summary a human summary of the change (no passwords, no personal data beyond what handlers see)
 * @param actor the acting user when there is no signed-in principal, else {@code null}
 */
public record AuditEvent(String action, String objectType, String objectId, String summary, String actor) {

	public static AuditEvent of(String action, String objectType, Object objectId, String summary) {
		return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), summary, null);
	}

	public AuditEvent by(String actor) {
		return new AuditEvent(action, objectType, objectId, summary, actor);
	}

}

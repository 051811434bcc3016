package org.gongkai.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters of the audit viewer, the export and the API; every field is optional.
 *
 * @param actorUnit the acting member's unit, as recorded with the entry
 */
public record AuditQuery(String actor, String action, String objectType, String objectId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String actorUnit) {

	public AuditQuery(String actor, String action, String objectType, String objectId, LocalDate from, LocalDate to) {
		this(actor, action, objectType, objectId, from, to, null);
	}

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null);
	}

	/** The same filters without the dates (a date that could not be read is left out, not guessed). */
	AuditQuery withoutDates() {
		return new AuditQuery(actor, action, objectType, objectId, null, null, actorUnit);
	}

}

package org.gongkai.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** Filters of the audit viewer, the export and the API; every field is optional. */
public record AuditQuery(String actor, String action, String objectType, String objectId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null);
	}

}

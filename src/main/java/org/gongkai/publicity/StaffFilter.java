package org.gongkai.publicity;

/**
 * The console list's filters: kind, status, only the overdue ones, and words in the decision number, the title or
 * the party (staff handle the records, so the party's name is searchable here).
 */
public record StaffFilter(PublicityKind kind, RecordStatus status, boolean overdue, String q) {

	public static StaffFilter none() {
		return new StaffFilter(null, null, false, null);
	}

}

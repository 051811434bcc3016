package org.gongkai.approvals;

/** The console list's filters: a state, a power item's code, only overdue cases; each may be absent. */
public record CaseFilter(CaseState state, String powerCode, boolean overdue) {

	public static CaseFilter none() {
		return new CaseFilter(null, null, false);
	}

}

package org.gongkai.identity;

/** A unit as pages and the API see it. */
public record UnitView(long id, String code, String name, UnitKind kind, boolean active, int sortOrder,
		long staffCount) {
}

package org.gongkai.identity;

import org.gongkai.common.RuleViolation;

/**
 * Unit scoping, checked on the server by every module: a system administrator and the disclosure office act
 * for every unit, everyone else only for their own.
 */
public final class UnitScope {

	private UnitScope() {
	}

	public static boolean covers(Me me, long unitId) {
		return me.admin() || me.office() || me.unitId() == unitId;
	}

	/** Refuses (403) an action by {@code me} on a record of another unit. */
	public static void require(Me me, long unitId) {
		if (!covers(me, unitId)) {
			throw RuleViolation.forbidden("unit.scope.denied");
		}
	}

}

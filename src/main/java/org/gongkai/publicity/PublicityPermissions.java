package org.gongkai.publicity;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.identity.UnitScope;

/**
 * Who handles 双公示 records: the disclosure office and administrators for every unit; a unit's editors, reviewers
 * and head for the records of their unit (the unit that handles the decision's power item, or that registered it).
 * A record of no unit (an approval whose item is not in the list) is the office's.
 */
public final class PublicityPermissions {

	private PublicityPermissions() {
	}

	public static boolean maySee(Me me) {
		return me.admin() || me.office() || me.has(Role.UNIT_EDITOR) || me.has(Role.UNIT_REVIEWER)
				|| me.has(Role.UNIT_HEAD);
	}

	/** Whether the member sees every unit's records. */
	static boolean allUnits(Me me) {
		return me.admin() || me.office();
	}

	public static boolean mayHandle(Me me, Long unitId) {
		if (!maySee(me)) {
			return false;
		}
		return unitId == null ? allUnits(me) : UnitScope.covers(me, unitId);
	}

	static void requireSee(Me me) {
		if (!maySee(me)) {
			throw RuleViolation.forbidden("publicity.denied");
		}
	}

	static void requireHandle(Me me, Long unitId) {
		if (!mayHandle(me, unitId)) {
			throw RuleViolation.forbidden("publicity.denied");
		}
	}

}

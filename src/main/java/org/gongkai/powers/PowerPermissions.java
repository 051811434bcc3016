package org.gongkai.powers;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.identity.UnitScope;

/**
 * Who keeps the list: the disclosure office and administrators for every unit; a unit's editors and head for the
 * items their unit handles. Imports touch many units at once: the office and administrators only.
 */
public final class PowerPermissions {

	private PowerPermissions() {
	}

	public static boolean maySee(Me me) {
		return me.admin() || me.office() || me.has(Role.UNIT_EDITOR) || me.has(Role.UNIT_HEAD);
	}

	public static boolean mayEdit(Me me, long unitId) {
		return maySee(me) && UnitScope.covers(me, unitId);
	}

	public static boolean mayImport(Me me) {
		return me.admin() || me.office();
	}

	static void requireEdit(Me me, long unitId) {
		if (!mayEdit(me, unitId)) {
			throw RuleViolation.forbidden("powers.denied");
		}
	}

	static void requireSee(Me me) {
		if (!maySee(me)) {
			throw RuleViolation.forbidden("powers.denied");
		}
	}

	static void requireImport(Me me) {
		if (!mayImport(me)) {
			throw RuleViolation.forbidden("powers.import.denied");
		}
	}

}

package org.gongkai.approvals;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.identity.UnitScope;

/**
 * Who handles approval cases: the disclosure office and administrators for every unit; a unit's editors, heads and
 * handlers for the cases of the items their unit handles (the item's handling unit). Imports register cases of many
 * units at once: the office and administrators only.
 */
public final class ApprovalPermissions {

	private ApprovalPermissions() {
	}

	public static boolean maySee(Me me) {
		return me.admin() || me.office() || me.has(Role.UNIT_EDITOR) || me.has(Role.UNIT_HEAD)
				|| me.has(Role.REQUEST_HANDLER);
	}

	public static boolean mayHandle(Me me, long unitId) {
		return maySee(me) && UnitScope.covers(me, unitId);
	}

	public static boolean mayImport(Me me) {
		return me.admin() || me.office();
	}

	/** Whether {@code me} sees every unit's cases (else only the own unit's). */
	static boolean allUnits(Me me) {
		return me.admin() || me.office();
	}

	static void requireSee(Me me) {
		if (!maySee(me)) {
			throw RuleViolation.forbidden("approvals.denied");
		}
	}

	static void requireHandle(Me me, long unitId) {
		if (!mayHandle(me, unitId)) {
			throw RuleViolation.forbidden("approvals.denied");
		}
	}

	static void requireImport(Me me) {
		if (!mayImport(me)) {
			throw RuleViolation.forbidden("approvals.import.denied");
		}
	}

}

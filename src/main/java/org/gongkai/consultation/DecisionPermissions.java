package org.gongkai.consultation;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;

/**
 * Who keeps a major decision's record: the editors of its responsible unit, and the disclosure office for every
 * unit (法规处牵头 in the plan; the office coordinates). Checked on the server for every change.
 */
final class DecisionPermissions {

	private DecisionPermissions() {
	}

	static boolean canEdit(Me me, long unitId) {
		return me.office() || (me.has(Role.UNIT_EDITOR) && me.unitId() == unitId);
	}

	/** Whether the member may start a record at all (for some unit). */
	static boolean canDraft(Me me) {
		return me.office() || me.has(Role.UNIT_EDITOR);
	}

	static void requireEdit(Me me, long unitId) {
		if (!canEdit(me, unitId)) {
			throw RuleViolation.forbidden("decision.edit.denied");
		}
	}

}

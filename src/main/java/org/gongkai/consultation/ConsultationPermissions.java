package org.gongkai.consultation;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.FourEyes;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.identity.UnitScope;

/**
 * Who may do what with a consultation: the drafting unit's editors write it, moderate its comments and prepare
 * the feedback; its reviewers publish it after the confidentiality review (保密审查), never a draft they created or
 * changed ({@link FourEyes}); its
 * editors and reviewers moderate; the disclosure office acts for every unit.
 */
final class ConsultationPermissions {

	private ConsultationPermissions() {
	}

	static boolean canEdit(Me me, long unitId) {
		return me.office() || (me.has(Role.UNIT_EDITOR) && UnitScope.covers(me, unitId));
	}

	static boolean canModerate(Me me, long unitId) {
		return me.office()
				|| ((me.has(Role.UNIT_EDITOR) || me.has(Role.UNIT_REVIEWER)) && UnitScope.covers(me, unitId));
	}

	static boolean canPublish(Me me, long unitId) {
		return me.office() || (me.has(Role.UNIT_REVIEWER) && UnitScope.covers(me, unitId));
	}

	static boolean seesConsole(Me me) {
		return me.office() || me.has(Role.UNIT_EDITOR) || me.has(Role.UNIT_REVIEWER);
	}

	static void requireEdit(Me me, long unitId) {
		if (!canEdit(me, unitId)) {
			throw RuleViolation.forbidden("consultation.edit.denied");
		}
	}

	static void requireModerate(Me me, long unitId) {
		if (!canModerate(me, unitId)) {
			throw RuleViolation.forbidden("consultation.moderate.denied");
		}
	}

	static void requirePublish(Me me, Consultation consultation) {
		if (!canPublish(me, consultation.unitId())) {
			throw RuleViolation.forbidden("consultation.publish.denied");
		}
		FourEyes.require(me, consultation.contributors(), "consultation.publish.ownDraft");
	}

}

package org.gongkai.catalogue;

import java.util.Collection;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.FourEyes;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.identity.UnitScope;

/**
 * Who may do what with a document: the unit's editors draft, revise and publish; the unit's reviewers (or
 * the disclosure office) review, never a draft or revision they created or changed ({@link FourEyes}); the disclosure
 * office acts for every unit.
 */
final class DocumentPermissions {

	private DocumentPermissions() {
	}

	static boolean canEdit(Me me, long unitId) {
		return me.office() || (me.has(Role.UNIT_EDITOR) && UnitScope.covers(me, unitId));
	}

	static boolean canReview(Me me, long unitId) {
		return me.office() || (me.has(Role.UNIT_REVIEWER) && UnitScope.covers(me, unitId));
	}

	static void requireEdit(Me me, long unitId) {
		if (!canEdit(me, unitId)) {
			throw RuleViolation.forbidden("document.edit.denied");
		}
	}

	/** The reviewer's roles, then four eyes: nobody among the {@code contributors} of the version reviews it. */
	static void requireReview(Me me, long unitId, Collection<String> contributors, String refusalKey) {
		if (!canReview(me, unitId)) {
			throw RuleViolation.forbidden("document.review.denied");
		}
		FourEyes.require(me, contributors, refusalKey);
	}

}

package org.gongkai.requests;

import java.util.Set;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;

/**
 * Who may see and handle an application: the disclosure office (and its head) every one; a unit's request
 * handlers (申请承办人) those assigned to their unit. Nobody else sees applicants' data, administrators included.
 */
final class RequestPermissions {

	private RequestPermissions() {
	}

	static boolean office(Me me) {
		return me.office() || me.officeHead();
	}

	static boolean canRegister(Me me) {
		return office(me);
	}

	static boolean canSeeInbox(Me me) {
		return office(me) || me.has(Role.REQUEST_HANDLER);
	}

	static boolean canHandle(Me me, Set<Long> unitIds) {
		return office(me) || (me.has(Role.REQUEST_HANDLER) && unitIds.contains(me.unitId()));
	}

	static void requireHandle(Me me, DisclosureRequest request) {
		if (!canHandle(me, request.unitIds())) {
			throw RuleViolation.notFound("request.notFound");
		}
	}

	static void requireOffice(Me me) {
		if (!office(me)) {
			throw RuleViolation.forbidden("request.office.denied");
		}
	}

	static void requireOfficeHead(Me me) {
		if (!me.officeHead()) {
			throw RuleViolation.forbidden("request.extension.approve.denied");
		}
	}

}

package org.gongkai.requests;

import org.gongkai.identity.Me;

/**
 * Who may open the applications at all, for the console's navigation and pages: the disclosure office (公开办)
 * and its head, and request handlers (申请承办人). The facades check every call again.
 */
public final class RequestAccess {

	private RequestAccess() {
	}

	/** Sees the inbox (handlers only their units' applications). */
	public static boolean mayOpenInbox(Me me) {
		return RequestPermissions.canSeeInbox(me);
	}

	/** Registers applications received in person, by post or by fax; assigns units; sees every unit. */
	public static boolean office(Me me) {
		return RequestPermissions.office(me);
	}

}

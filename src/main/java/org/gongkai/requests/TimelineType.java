package org.gongkai.requests;

/** What happened to an application: the timeline the applicant and the handlers see. */
public enum TimelineType {

	RECEIVED, ASSIGNED, CORRECTION_REQUESTED, CORRECTED, CONSULTATION_STARTED, CONSULTATION_ANSWERED,
	EXTENSION_PROPOSED, EXTENSION_REFUSED, EXTENDED, FEE_NOTICE, FEE_PAID, ITEM_DECIDED, REPLIED, DELIVERED,
	ARCHIVED, WITHDRAWN, CLOSED_NOT_CORRECTED, CLOSED_UNPAID, APPEAL_RECORDED, APPEAL_DECIDED,
	/** The calendar changed (a holiday notice loaded, a day corrected) and moved the due date. */
	DUE_DATE_MOVED;

	/** Steps the applicant sees on the tracking page; the rest are internal to the handlers. */
	public boolean visibleToApplicant() {
		return switch (this) {
			case ASSIGNED, EXTENSION_PROPOSED, EXTENSION_REFUSED, ITEM_DECIDED, ARCHIVED, APPEAL_RECORDED,
					APPEAL_DECIDED ->
				false;
			default -> true;
		};
	}

	public String messageKey() {
		return "request.timeline." + name();
	}

}

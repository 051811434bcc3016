package org.gongkai.requests;

/** Where an application stands. The clock runs in RECEIVED and IN_PROGRESS only. */
public enum RequestStatus {

	/** 已受理: received, not yet assigned to a unit. */
	RECEIVED,
	/** 办理中: assigned to one or more units. */
	IN_PROGRESS,
	/** 待补正: the applicant was asked to correct the application; the clock stands. */
	AWAITING_CORRECTION,
	/** 征求意见中: a third party or co-producing agency is consulted; the clock stands. */
	IN_CONSULTATION,
	/** 待缴费: a fee notice is unpaid; the clock stands. */
	AWAITING_PAYMENT,
	/** 已答复: the reply was issued; delivery and archiving follow. */
	ANSWERED,
	/** 已办结: archived, withdrawn, abandoned or ended for non-payment. */
	CLOSED;

	public boolean open() {
		return this != ANSWERED && this != CLOSED;
	}

	public boolean clockStopped() {
		return this == AWAITING_CORRECTION || this == IN_CONSULTATION || this == AWAITING_PAYMENT;
	}

	/** The states of a concluded application (answered or closed): its clock no longer counts. */
	public static java.util.List<RequestStatus> concluded() {
		return java.util.List.of(ANSWERED, CLOSED);
	}

	public String messageKey() {
		return "request.status." + name();
	}

}

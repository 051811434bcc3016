package org.gongkai.approvals;

/**
 * Where an approval case (办件) stands. The steps go in this order and none is skipped: received, then accepted or
 * not accepted (the end), then under review, decided (approved or refused), delivered (the end).
 */
public enum CaseState {

	/** 已收件 */
	RECEIVED,
	/** 不予受理: the end of the case. */
	NOT_ACCEPTED,
	/** 已受理: the time limits run from the acceptance. */
	ACCEPTED,
	/** 审查中 */
	UNDER_REVIEW,
	/** 已决定 (准予 or 不予许可) */
	DECIDED,
	/** 已送达: the end of the case. */
	DELIVERED;

	public String messageKey() {
		return "approvals.state." + name();
	}

	/** Whether the time limits still run (accepted and not yet decided). */
	public boolean running() {
		return this == ACCEPTED || this == UNDER_REVIEW;
	}

}

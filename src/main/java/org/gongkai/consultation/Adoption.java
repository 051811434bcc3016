package org.gongkai.consultation;

/** What the drafting unit did with a group of opinions (意见采纳情况). */
public enum Adoption {

	/** 采纳. */
	ADOPTED,
	/** 部分采纳. */
	PARTLY_ADOPTED,
	/** 未采纳: a reason is required. */
	NOT_ADOPTED;

	public String messageKey() {
		return "consultation.adoption." + name();
	}

	public boolean needsReason() {
		return this != ADOPTED;
	}

}

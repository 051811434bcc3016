package org.gongkai.consultation;

/** What staff did with a consultation; the public phase also depends on the dates (see {@link Phase}). */
public enum ConsultationStatus {

	/** 草稿: being written, not public. */
	DRAFT,
	/** 已发布: passed the confidentiality review and is public (upcoming, open or closed by its dates). */
	PUBLISHED,
	/** 已反馈: the feedback on the opinions (意见采纳情况) is published. */
	CONCLUDED;

	public String messageKey() {
		return "consultation.status." + name();
	}

}

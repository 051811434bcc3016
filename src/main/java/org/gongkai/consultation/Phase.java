package org.gongkai.consultation;

/** Where a consultation stands for the public on a given day: its status read together with its dates. */
public enum Phase {

	/** 草稿: not public. */
	DRAFT,
	/** 即将开始: published, comments from the opening date. */
	UPCOMING,
	/** 征求意见中: comments accepted until the end of the closing date. */
	OPEN,
	/** 已截止: closed, the feedback not yet published. */
	CLOSED,
	/** 已反馈: the feedback is published. */
	CONCLUDED;

	public String messageKey() {
		return "consultation.phase." + name();
	}

}

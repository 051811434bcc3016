package org.gongkai.consultation;

/** Where a major-decision record stands: drafted by its unit, published with all five procedures, or withdrawn. */
public enum DecisionStatus {

	/** 草稿: only staff see it; procedures and evidence are recorded. */
	DRAFT,
	/** 已公开: the public sees the record; it no longer changes. */
	PUBLISHED,
	/** 已撤回: taken off the public pages, with the reason. */
	WITHDRAWN;

	public String messageKey() {
		return "decision.status." + name();
	}

}

package org.gongkai.powers;

/** An item's status as its latest effective status event leaves it. */
public enum PowerStatus {

	/** 承接: taken over from a higher level. */
	TAKEN_OVER,
	/** 保留: kept. */
	RETAINED,
	/** 调整: changed (name, basis, scope), still exercised. */
	ADJUSTED,
	/** 下放: delegated to the city bureaus; the department no longer exercises it itself. */
	DELEGATED,
	/** 取消: cancelled. */
	CANCELLED;

	public String messageKey() {
		return "powers.status." + name();
	}

}

package org.gongkai.requests;

/** A challenge to a reply: the three groups of the annual report's Table C. */
public enum AppealKind {

	/** 行政复议. */
	RECONSIDERATION,
	/** 行政诉讼, 未经复议直接起诉. */
	LITIGATION,
	/** 行政诉讼, 复议后起诉. */
	LITIGATION_AFTER_RECONSIDERATION;

	public String messageKey() {
		return "request.appeal-kind." + name();
	}

}

package org.gongkai.services;

/** 必要性: always needed, needed in some situations only (情形必要), or not needed (非必要). */
public enum Necessity {

	REQUIRED, CONDITIONAL, OPTIONAL;

	public String messageKey() {
		return "services.necessity." + name();
	}

}

package org.gongkai.requests;

/** How an application arrived; it decides the receipt date (DOMAIN.md §2). */
public enum Channel {

	/** 网上申请: received the day the system acknowledges it, or the next working day. */
	ONLINE,
	/** 当面申请: received that day. */
	IN_PERSON,
	/** 信函申请: received the day the registered letter is signed for. */
	POST,
	/** 传真申请: received the day both sides confirm. */
	FAX;

	public String messageKey() {
		return "request.channel." + name();
	}

}

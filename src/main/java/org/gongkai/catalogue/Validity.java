package org.gongkai.catalogue;

/** 有效性 of a document; anything but {@link #VALID} shows a banner on its page and in search results. */
public enum Validity {

	/** 有效. */
	VALID,
	/** 失效. */
	EXPIRED,
	/** 废止. */
	REPEALED,
	/** 已修订: replaced by a successor. */
	AMENDED;

	public String messageKey() {
		return "document.validity." + name();
	}

}

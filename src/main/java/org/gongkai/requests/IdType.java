package org.gongkai.requests;

/** A natural person's proof of identity: the resident ID card is checked by its GB 11643 check digit. */
public enum IdType {

	/** 居民身份证. */
	RESIDENT_ID,
	/** 护照. */
	PASSPORT,
	/** 其他有效身份证件 (港澳台居民往来通行证, 军官证 ...). */
	OTHER;

	public String messageKey() {
		return "request.id-type." + name();
	}

}

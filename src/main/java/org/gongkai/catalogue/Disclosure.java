package org.gongkai.catalogue;

/** 公开方式: only proactively disclosed documents are public; the others form the internal register. */
public enum Disclosure {

	/** 主动公开. */
	PROACTIVE,
	/** 依申请公开. */
	ON_REQUEST,
	/** 不予公开. */
	EXEMPT;

	public boolean needsGround() {
		return this != PROACTIVE;
	}

	public String messageKey() {
		return "document.disclosure." + name();
	}

}

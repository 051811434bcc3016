package org.gongkai.catalogue;

/** The conclusion of a confidentiality review (保密审查). */
public enum ReviewConclusion {

	/** 可以公开. */
	DISCLOSABLE,
	/** 不宜公开: the document goes back to its editor with the reason. */
	NOT_DISCLOSABLE;

	public String messageKey() {
		return "review.conclusion." + name();
	}

}

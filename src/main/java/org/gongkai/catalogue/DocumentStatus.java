package org.gongkai.catalogue;

/** Where a document is in its workflow. Only {@link #PUBLISHED} documents can be public. */
public enum DocumentStatus {

	/** 草稿: written by the unit's editor, not yet submitted (or returned by the reviewer). */
	DRAFT,
	/** 待审查: waiting for the confidentiality review. */
	SUBMITTED,
	/** 审查通过: may be published now or is scheduled. */
	APPROVED,
	/** 已发布. */
	PUBLISHED,
	/** 已撤回: gone from every public page, kept internally with the reason. */
	WITHDRAWN;

	public String messageKey() {
		return "document.status." + name();
	}

}

package org.gongkai.services;

/** A guide's state: a draft staff still write, published, or withdrawn from the public. */
public enum GuideStatus {

	DRAFT, PUBLISHED, WITHDRAWN;

	public String messageKey() {
		return "services.status." + name();
	}

}

package org.gongkai.requests;

/** How the applicant wants to receive it, and how a reply was delivered (获取信息的方式, 送达方式). */
public enum Delivery {

	POST, COLLECT_IN_PERSON, EMAIL, ONLINE;

	public String messageKey() {
		return "request.delivery." + name();
	}

}

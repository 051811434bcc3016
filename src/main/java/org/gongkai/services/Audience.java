package org.gongkai.services;

/** Who a guide serves (服务对象): individuals (个人) or employers (法人/单位). */
public enum Audience {

	INDIVIDUALS, EMPLOYERS;

	public String messageKey() {
		return "services.audience." + name();
	}

}

package org.gongkai.services;

/** 来源渠道: the applicant's own (申请人自备) or issued by a government body (政府部门核发). */
public enum MaterialSource {

	APPLICANT, GOVERNMENT;

	public String messageKey() {
		return "services.source." + name();
	}

}

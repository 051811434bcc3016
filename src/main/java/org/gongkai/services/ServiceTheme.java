package org.gongkai.services;

/** The themes the public list groups guides by (按主题). */
public enum ServiceTheme {

	EMPLOYMENT, SOCIAL_INSURANCE, WORK_INJURY, SKILLS, PERSONNEL, LABOUR_RELATIONS, HR_MARKET;

	public String messageKey() {
		return "services.theme." + name();
	}

}

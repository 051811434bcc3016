package org.gongkai.requests;

/** The form in which the applicant wants the information (信息的指定提供形式). */
public enum WantedForm {

	PAPER, EMAIL, ONLINE_DOWNLOAD;

	public String messageKey() {
		return "request.wanted-form." + name();
	}

}

package org.gongkai.requests;

/** The two charging bases of the 2020 fee rules (政府信息公开信息处理费管理办法); one per request. */
public enum FeeBasis {

	/** 按件计收: by the applicant's number of requests in the calendar month. */
	PER_REQUEST,
	/** 按量计收: by the pages of the information provided. */
	PER_PAGE;

	public String messageKey() {
		return "request.fee-basis." + name();
	}

}

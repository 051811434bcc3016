package org.gongkai.publicity;

/** Where a record stands: awaiting publication (待公示), published (已公示) or withdrawn after publication (已撤销). */
public enum RecordStatus {

	AWAITING, PUBLISHED, WITHDRAWN;

	public String messageKey() {
		return "publicity.status." + name();
	}

}

package org.gongkai.requests;

/** Table C's results: 结果维持, 结果纠正, 其他结果; {@code null} while pending (尚未审结). */
public enum AppealOutcome {

	UPHELD, CORRECTED, OTHER;

	public String messageKey() {
		return "request.appeal-outcome." + name();
	}

}

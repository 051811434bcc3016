package org.gongkai.approvals;

/**
 * Why the time limits stand still (不计入办理时限的特别程序): the days an expert review, a hearing, an on-site
 * inspection or a test takes are not counted (行政许可法 第四十五条).
 */
public enum SuspensionKind {

	/** 专家评审 */
	EXPERT_REVIEW,
	/** 听证 */
	HEARING,
	/** 现场核查 */
	ON_SITE_INSPECTION,
	/** 检验、检测、检疫 */
	TESTING;

	public String messageKey() {
		return "approvals.suspension." + name();
	}

}

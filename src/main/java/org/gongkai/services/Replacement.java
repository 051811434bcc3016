package org.gongkai.services;

/** What replaces a removed certificate (证明事项清理): nothing, the applicant's pledge (告知承诺), a check between departments (部门核查) or shared data (数据共享). */
public enum Replacement {

	NONE, PLEDGE, VERIFICATION, DATA_SHARING;

	public String messageKey() {
		return "services.replacement." + name();
	}

}

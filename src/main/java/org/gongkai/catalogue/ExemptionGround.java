package org.gongkai.catalogue;

/** The fixed grounds for not disclosing proactively (DOMAIN.md §2). */
public enum ExemptionGround {

	/** 国家秘密. */
	STATE_SECRET,
	/** 其他法律行政法规禁止公开. */
	LAW_PROHIBITS,
	/** 危及国家安全、公共安全、经济安全、社会稳定. */
	SECURITY_STABILITY,
	/** 涉及商业秘密、个人隐私等第三方合法权益. */
	THIRD_PARTY_RIGHTS,
	/** 人事管理、后勤管理、内部工作流程等内部事务信息. */
	INTERNAL_AFFAIRS,
	/** 讨论记录、过程稿、磋商信函、请示报告等过程性信息. */
	PROCESS_INFORMATION,
	/** 行政执法案卷信息. */
	ENFORCEMENT_FILES;

	public String messageKey() {
		return "document.ground." + name();
	}

}

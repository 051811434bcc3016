package org.gongkai.requests;

/** Grounds for not disclosing (不予公开的理由), with the article of the 2019 rules and the report row. */
public enum Ground {

	/** 属于国家秘密: 2019 Art. 14. */
	STATE_SECRET("第十四条", "第十四条第四款", ReportRow.WITHHELD_STATE_SECRET),
	/** 法律、行政法规禁止公开: Art. 14. */
	LAW_FORBIDS("第十四条", "第十四条", ReportRow.WITHHELD_LAW_FORBIDS),
	/** 危及国家安全、公共安全、经济安全、社会稳定: Art. 14. */
	SECURITY_STABILITY("第十四条", "第八条", ReportRow.WITHHELD_SECURITY_STABILITY),
	/** 商业秘密、个人隐私等第三方合法权益: Art. 15. */
	THIRD_PARTY_RIGHTS("第十五条", "第十四条第四款", ReportRow.WITHHELD_THIRD_PARTY),
	/** 人事管理、后勤管理、内部工作流程等内部事务信息: Art. 16(1). */
	INTERNAL_AFFAIRS("第十六条第一款", null, ReportRow.WITHHELD_INTERNAL_AFFAIRS),
	/** 讨论记录、过程稿、磋商信函、请示报告等过程性信息: Art. 16(2). */
	PROCESS_INFORMATION("第十六条第二款", null, ReportRow.WITHHELD_PROCESS_INFORMATION),
	/** 行政执法案卷信息: Art. 16(2). */
	ENFORCEMENT_FILES("第十六条第二款", null, ReportRow.WITHHELD_ENFORCEMENT_FILES);

	private final String article;

	private final String article2008;

	private final ReportRow row;

	Ground(String article, String article2008, ReportRow row) {
		this.article = article;
		this.article2008 = article2008;
		this.row = row;
	}

	/** The article of 《中华人民共和国政府信息公开条例》 under {@code rules} that the ground rests on. */
	public String article(RuleSet rules) {
		return rules == RuleSet.R2008 ? article2008 : article;
	}

	/** The 2008 rules knew only secrets, privacy, the law and the three securities and one stability. */
	public boolean allowedUnder(RuleSet rules) {
		return rules == RuleSet.R2019 || article2008 != null;
	}

	public ReportRow row() {
		return row;
	}

	public String messageKey() {
		return "request.ground." + name();
	}

}

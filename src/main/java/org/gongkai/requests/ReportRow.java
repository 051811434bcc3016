package org.gongkai.requests;

/**
 * The result rows of the annual report's Table B (国办公开办函〔2021〕30号): every concluded application counts in
 * exactly one, by its applicant's column.
 */
public enum ReportRow {

	/** (一) 予以公开. */
	DISCLOSED("(一)"),
	/** (二) 部分公开. */
	PARTLY_DISCLOSED("(二)"),
	/** (三) 不予公开 1 属于国家秘密. */
	WITHHELD_STATE_SECRET("(三)1"),
	/** 2 其他法律行政法规禁止公开. */
	WITHHELD_LAW_FORBIDS("(三)2"),
	/** 3 危及“三安全一稳定”. */
	WITHHELD_SECURITY_STABILITY("(三)3"),
	/** 4 保护第三方合法权益. */
	WITHHELD_THIRD_PARTY("(三)4"),
	/** 5 属于三类内部事务信息. */
	WITHHELD_INTERNAL_AFFAIRS("(三)5"),
	/** 6 属于四类过程性信息. */
	WITHHELD_PROCESS_INFORMATION("(三)6"),
	/** 7 属于行政执法案卷. */
	WITHHELD_ENFORCEMENT_FILES("(三)7"),
	/** 8 属于行政查询事项. */
	WITHHELD_SPECIAL_LAW("(三)8"),
	/** (四) 无法提供 1 本机关不掌握相关政府信息. */
	UNABLE_NOT_HELD("(四)1"),
	/** 2 没有现成信息需要另行制作. */
	UNABLE_NEEDS_COMPILING("(四)2"),
	/** 3 补正后申请内容仍不明确. */
	UNABLE_UNCLEAR("(四)3"),
	/** (五) 不予处理 1 信访举报投诉类申请. */
	NOT_HANDLED_PETITION("(五)1"),
	/** 2 重复申请. */
	NOT_HANDLED_REPEAT("(五)2"),
	/** 3 要求提供公开出版物. */
	NOT_HANDLED_PUBLICATIONS("(五)3"),
	/** 4 无正当理由大量反复申请. */
	NOT_HANDLED_EXCESSIVE("(五)4"),
	/** 5 要求行政机关确认或重新出具已获取信息. */
	NOT_HANDLED_CONFIRM("(五)5"),
	/** (六) 其他处理 1 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请. */
	OTHER_NOT_CORRECTED("(六)1"),
	/** 2 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请. */
	OTHER_UNPAID("(六)2"),
	/** 3 其他 (withdrawn applications among them). */
	OTHER("(六)3");

	private final String label;

	ReportRow(String label) {
		this.label = label;
	}

	/** The row's number as printed in the report, such as {@code (三)4}. */
	public String label() {
		return label;
	}

	public String messageKey() {
		return "request.report-row." + name();
	}

	/** Whether information was (at least partly) released: such a row wins over refusals of other items. */
	boolean releases() {
		return this == DISCLOSED || this == PARTLY_DISCLOSED;
	}

}

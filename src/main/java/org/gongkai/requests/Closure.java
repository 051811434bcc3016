package org.gongkai.requests;

/** How an application ended. */
public enum Closure {

	/** 答复办结: replied and archived. */
	ANSWERED(null),
	/** 申请人撤回. */
	WITHDRAWN(ReportRow.OTHER),
	/** 逾期不补正: the application is treated as abandoned (Art. 30). */
	NOT_CORRECTED(ReportRow.OTHER_NOT_CORRECTED),
	/** 逾期未缴费: processing ends (信息处理费管理办法). */
	UNPAID(ReportRow.OTHER_UNPAID);

	private final ReportRow row;

	Closure(ReportRow row) {
		this.row = row;
	}

	/** The report row of an application ended this way without a reply; {@code null} for a reply. */
	ReportRow row() {
		return row;
	}

	public String messageKey() {
		return "request.closure." + name();
	}

}

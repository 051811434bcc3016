package org.gongkai.powers;

/** The columns of the import and export file, by the headers of the provincial templates, in the export's order. */
enum PowerColumn {

	CODE("职权编码"), NAME("职权名称"), TYPE("职权类型"), SUB_ITEMS("子项"), BASIS("设定依据"),
	IMPLEMENTING_BODY("实施主体"), HANDLING_UNIT("承办机构"), REVIEW_FORWARD("审核转报"),
	FINAL_APPROVING_BODY("最终审批机关"), RESPONSIBILITIES("责任事项"), ACCOUNTABILITY("追责情形"),
	SUPERVISION_METHOD("监督方式"), SUPERVISION_PHONE("监督电话"), FEES("收费标准"), TIME_LIMIT("办理时限"),
	STATUS("状态"), EFFECTIVE_ON("状态生效日期"), REASON("状态变更原因"), DECIDING_DOCUMENT("决定文件");

	private final String header;

	PowerColumn(String header) {
		this.header = header;
	}

	String header() {
		return header;
	}

	/** The column a field of {@link PowerRules} or {@link StatusTransitions} belongs to. */
	static PowerColumn ofField(String field) {
		String root = field.replaceAll("\\[.*$", "");
		return switch (root) {
			case "name" -> NAME;
			case "type" -> TYPE;
			case "subItems" -> SUB_ITEMS;
			case "basis" -> BASIS;
			case "implementingBody" -> IMPLEMENTING_BODY;
			case "handlingUnitId" -> HANDLING_UNIT;
			case "finalApprovingBody" -> FINAL_APPROVING_BODY;
			case "responsibilities" -> RESPONSIBILITIES;
			case "accountability" -> ACCOUNTABILITY;
			case "supervisionMethod" -> SUPERVISION_METHOD;
			case "supervisionPhone" -> SUPERVISION_PHONE;
			case "fees" -> FEES;
			case "timeLimit" -> TIME_LIMIT;
			case "effectiveOn" -> EFFECTIVE_ON;
			case "reason" -> REASON;
			case "decidingDocument" -> DECIDING_DOCUMENT;
			case "code" -> CODE;
			default -> STATUS;
		};
	}

}

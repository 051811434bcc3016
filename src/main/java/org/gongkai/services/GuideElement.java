package org.gongkai.services;

/**
 * The eight elements every service guide must carry (the national minimum): a guide missing one cannot be
 * published. {@code field} is the name of the guide's field that holds the element, as forms and the API name it.
 */
public enum GuideElement {

	/** 事项名称 */
	NAME("name"),
	/** 设定依据 */
	LEGAL_BASIS("legalBasis"),
	/** 申请条件 */
	CONDITIONS("conditions"),
	/** 办理材料 */
	MATERIALS("materials"),
	/** 办理地点 */
	LOCATIONS("locations"),
	/** 办理时间 */
	HOURS("hours"),
	/** 联系电话 */
	PHONE("phone"),
	/** 办理流程 */
	PROCESS("steps");

	private final String field;

	GuideElement(String field) {
		this.field = field;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return "services.element." + name();
	}

}

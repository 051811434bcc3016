package org.gongkai.approvals;

/** 审批类别: what the application asks for. */
public enum ApprovalCategory {

	/** 新办 */
	NEW,
	/** 变更 */
	CHANGE,
	/** 延续 */
	RENEWAL,
	/** 注销 */
	CANCELLATION;

	public String messageKey() {
		return "approvals.category." + name();
	}

	/** The Chinese word, as the 双公示 record and the import file carry it. */
	public String label() {
		return switch (this) {
			case NEW -> "新办";
			case CHANGE -> "变更";
			case RENEWAL -> "延续";
			case CANCELLATION -> "注销";
		};
	}

	/** The category named by its Chinese word or its English name, or null. */
	public static ApprovalCategory parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		for (ApprovalCategory c : values()) {
			if (c.label().equals(t) || c.name().equalsIgnoreCase(t)) {
				return c;
			}
		}
		return null;
	}

}

package org.gongkai.requests;

import java.util.Arrays;
import java.util.Optional;

/**
 * The placeholders (占位符) a reply-letter template may contain, written in braces: {@code {申请人}}. Those about one
 * requested item belong in reply templates only; {@code {事项}} names all the items in the frame and one item in a
 * reply paragraph.
 */
public enum LetterPlaceholder {

	APPLICANT("申请人", false),
	RECEIVED_ON("收到日期", false),
	TRACKING_NUMBER("申请编号", false),
	ITEMS("事项", false),
	REGULATIONS("条例", false),
	AGENCY("机关名称", false),
	DATE("日期", false),
	REPLY_TYPE("答复类型", true),
	GROUND("理由", true),
	ARTICLE("条款", true),
	GROUND_ARTICLE("理由条款", true),
	DOCUMENTS("文件链接", true),
	EXPLANATION("说明", true);

	private final String label;

	private final boolean itemOnly;

	LetterPlaceholder(String label, boolean itemOnly) {
		this.label = label;
		this.itemOnly = itemOnly;
	}

	/** The placeholder as written in a template, braces included. */
	public String token() {
		return "{" + label + "}";
	}

	public String label() {
		return label;
	}

	/** Whether it concerns one requested item, so that only reply templates may use it. */
	public boolean itemOnly() {
		return itemOnly;
	}

	public String messageKey() {
		return "letter.placeholder." + name();
	}

	static Optional<LetterPlaceholder> byLabel(String label) {
		return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
	}

}

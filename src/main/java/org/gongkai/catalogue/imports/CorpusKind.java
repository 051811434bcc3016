package org.gongkai.catalogue.imports;

import java.util.Arrays;

import org.gongkai.catalogue.Validity;

/**
 * The kinds of text in the demo corpus and the document types they are catalogued as: a ministry rule
 * (部门规章) is a 规章, a normative document (规范性文件) a 行政规范性文件, and the laws and State Council
 * regulations the department reposts are 其他文件 (the annual report counts only its own rules and documents).
 */
enum CorpusKind {

	LAW("法律", "其他文件"), REGULATION("行政法规", "其他文件"), MINISTRY_RULE("部门规章", "规章"),
	LOCAL_RULE("地方政府规章", "规章"), NORMATIVE("规范性文件", "行政规范性文件"), OTHER("", "其他文件");

	private final String label;

	private final String documentType;

	CorpusKind(String label, String documentType) {
		this.label = label;
		this.documentType = documentType;
	}

	static CorpusKind of(String label) {
		String kind = label == null ? "" : label.strip();
		return Arrays.stream(values()).filter(k -> k != OTHER && k.label.equals(kind)).findFirst().orElse(OTHER);
	}

	String documentType() {
		return documentType;
	}

	/** 有效 / 已修改 (已修订) / 已废止 (废止) / 失效 as the corpus writes them. */
	static Validity validity(String label) {
		return switch (label == null ? "" : label.strip()) {
			case "已修改", "已修订", "修订", "修改" -> Validity.AMENDED;
			case "已废止", "废止" -> Validity.REPEALED;
			case "失效", "已失效" -> Validity.EXPIRED;
			default -> Validity.VALID;
		};
	}

}

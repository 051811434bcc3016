package org.gongkai.catalogue.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of the import file. The header row may name it in Chinese, as the national catalogue does
 * (索引号, 名称, …), or in English ({@code index_number}, {@code title}, …); a few names older sites export
 * are accepted too. Case, spaces and the asterisk templates put on required columns do not matter.
 */
public enum Column {

	INDEX_NUMBER("indexNumber", false, "索引号", "index_number"),
	TITLE("title", true, "名称", "title", "标题", "文件名称"),
	SUMMARY("summary", false, "内容概述", "summary", "摘要"),
	DOCUMENT_NUMBER("documentNumber", false, "文号", "document_number", "发文字号"),
	ISSUING_BODY("issuingBody", true, "发布机构", "issuing_body", "发文机关"),
	UNIT("unit", true, "责任单位", "unit", "责任部门"),
	CATEGORY("category", true, "信息分类", "category", "主题分类", "分类"),
	KEYWORDS("keywords", false, "主题词", "keywords", "关键词"),
	DOCUMENT_TYPE("documentType", true, "文件类型", "document_type", "体裁"),
	FORMED_ON("formedOn", true, "成文日期", "formed_on", "生成日期"),
	PUBLISHED_ON("publishedAt", false, "发布日期", "published_on"),
	EFFECTIVE_ON("effectiveOn", false, "生效日期", "effective_on", "实施日期"),
	EXPIRES_ON("expiresOn", false, "废止日期", "expires_on", "失效日期"),
	DISCLOSURE("disclosure", false, "公开方式", "disclosure", "公开属性"),
	GROUND("exemptionGround", false, "理由", "ground", "不予公开理由", "不公开理由"),
	VALIDITY("validity", false, "有效性", "validity"),
	BODY("body", false, "正文", "body", "内容"),
	ATTACHMENTS("attachments", false, "附件", "attachments");

	private final String field;

	private final boolean required;

	private final List<String> names;

	Column(String field, boolean required, String... names) {
		this.field = field;
		this.required = required;
		this.names = List.of(names);
	}

	/** The column a header cell names, if any. */
	static Optional<Column> named(String header) {
		String name = normalise(header);
		return Arrays.stream(values()).filter(c -> c.names.stream().anyMatch(n -> normalise(n).equals(name))).findFirst();
	}

	private static String normalise(String header) {
		return header == null ? ""
				: header.replaceAll("[\\uFEFF*＊\\s_]", "").toLowerCase(Locale.ROOT);
	}

	/** The catalogue's label of the field, {@code document.field.*}. */
	public String labelKey() {
		return "document.field." + field;
	}

	/** What the page explains about the column: {@code import.column.*}. */
	public String hintKey() {
		return "import.column." + name();
	}

	public String chineseName() {
		return names.get(0);
	}

	public String englishName() {
		return names.get(1);
	}

	public boolean required() {
		return required;
	}

}

package org.gongkai.publicity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an import file, by their Chinese header (the names of the national 双公示 templates) or the field's
 * own name: each kind's required columns must all be there; the others may be left out.
 */
final class ImportColumns {

	/** Header → field, for both kinds. */
	static final Map<String, String> HEADERS = new LinkedHashMap<>();

	static {
		HEADERS.put("决定书文号", "decisionNumber");
		HEADERS.put("行政许可决定书文号", "decisionNumber");
		HEADERS.put("行政处罚决定书文号", "decisionNumber");
		HEADERS.put("项目名称", "title");
		HEADERS.put("处罚名称", "title");
		HEADERS.put("审批类别", "licenceCategory");
		HEADERS.put("许可内容", "content");
		HEADERS.put("处罚类别", "penaltyCategory");
		HEADERS.put("处罚事由", "facts");
		HEADERS.put("事由", "facts");
		HEADERS.put("处罚依据", "basis");
		HEADERS.put("依据", "basis");
		HEADERS.put("处罚结果", "result");
		HEADERS.put("行政相对人名称", "partyName");
		HEADERS.put("行政相对人", "partyName");
		HEADERS.put("相对人类别", "naturalPerson");
		HEADERS.put("相对人代码", "partyCode");
		HEADERS.put("统一社会信用代码/身份证号", "partyCode");
		HEADERS.put("许可机关", "authority");
		HEADERS.put("处罚机关", "authority");
		HEADERS.put("许可决定日期", "decidedOn");
		HEADERS.put("处罚决定日期", "decidedOn");
		HEADERS.put("决定日期", "decidedOn");
		HEADERS.put("有效期自", "validFrom");
		HEADERS.put("有效期至", "validUntil");
		HEADERS.put("职权编码", "powerCode");
	}

	private static final List<String> COMMON = List.of("decisionNumber", "title", "partyName", "naturalPerson",
			"partyCode", "authority", "decidedOn");

	private ImportColumns() {
	}

	/** The field of each column the header names (the first column of a field wins). */
	static Map<String, Integer> header(List<String> cells) {
		Map<String, Integer> fields = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i).strip();
			String field = HEADERS.getOrDefault(cell, HEADERS.containsValue(cell) ? cell : null);
			if (field != null) {
				fields.putIfAbsent(field, i);
			}
		}
		return fields;
	}

	/** The Chinese headers of the required columns the file lacks. */
	static List<String> missing(PublicityKind kind, Map<String, Integer> header) {
		List<String> required = new ArrayList<>(COMMON);
		required.addAll(kind == PublicityKind.LICENSING ? List.of("licenceCategory", "content")
				: List.of("penaltyCategory", "facts", "basis", "result"));
		List<String> missing = new ArrayList<>();
		for (String field : required) {
			if (!header.containsKey(field)) {
				missing.add(HEADERS.entrySet()
					.stream()
					.filter(e -> e.getValue().equals(field))
					.map(Map.Entry::getKey)
					.findFirst()
					.orElse(field));
			}
		}
		return missing;
	}

	/** The template's header row of a kind, in order. */
	static List<String> template(PublicityKind kind) {
		return kind == PublicityKind.LICENSING
				? List.of("决定书文号", "项目名称", "审批类别", "许可内容", "行政相对人", "相对人类别", "相对人代码", "许可机关", "许可决定日期",
						"有效期自", "有效期至", "职权编码")
				: List.of("决定书文号", "处罚名称", "处罚类别", "处罚事由", "处罚依据", "处罚结果", "行政相对人", "相对人类别", "相对人代码",
						"处罚机关", "处罚决定日期", "职权编码");
	}

}

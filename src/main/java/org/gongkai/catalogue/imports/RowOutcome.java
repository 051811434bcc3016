package org.gongkai.catalogue.imports;

import java.util.List;

/**
 * What the import did with one row.
 *
 * @param documentId the document created or found, {@code null} when the row failed
 * @param messageKey why it failed, or {@code null}
 */
public record RowOutcome(int line, String title, Outcome outcome, Long documentId, String indexNumber,
		String messageKey, List<Object> args) {

	/** 已导入 / 已存在 / 失败. */
	public enum Outcome {

		CREATED, PRESENT, FAILED;

		public String messageKey() {
			return "import.outcome." + name();
		}

	}

	public Object[] argsArray() {
		return args.toArray();
	}

}

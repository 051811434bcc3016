package org.gongkai.catalogue.imports;

import java.util.List;

/**
 * Why a row (or the whole file) cannot be imported.
 *
 * @param line the row as the spreadsheet numbers it (the header is row 1); {@code null} for the whole file
 * @param column the column concerned, or {@code null}
 * @param messageKey the reason, a bundle key
 */
public record ImportProblem(Integer line, Column column, String messageKey, List<Object> args) {

	static ImportProblem at(Integer line, Column column, String messageKey, Object... args) {
		return new ImportProblem(line, column, messageKey, List.of(args));
	}

	public Object[] argsArray() {
		return args.toArray();
	}

}

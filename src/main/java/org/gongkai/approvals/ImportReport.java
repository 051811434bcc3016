package org.gongkai.approvals;

import java.util.List;

/**
 * What an import did, or would have done: the cases registered (each with its query code, shown this once) when
 * every row was good, else every bad row's problems and nothing imported.
 *
 * @param rows the rows read below the header
 * @param applied whether the cases were kept (not a check, and no problem)
 */
public record ImportReport(int rows, boolean applied, List<Registered> registered, List<Problem> problems) {

	public boolean ok() {
		return problems.isEmpty();
	}

	/** A problem of a row (its line in the file, 1 the header) and column, as a message key and arguments. */
	public record Problem(int line, String column, String messageKey, List<Object> arguments) {

		public Object[] argumentsArray() {
			return arguments.toArray();
		}

	}

}

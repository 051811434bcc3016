package org.gongkai.calendar;

import java.util.List;

/**
 * Why one row of an import was refused.
 *
 * @param position the CSV line number (1 is the header) or the index in the API's array; {@code null} when the
 * problem concerns the whole file, such as its encoding
 * @param messageKey the reason, a key of the calendar bundle
 */
public record RowProblem(Integer position, String messageKey, List<Object> args) {

	static RowProblem at(Integer position, String messageKey, Object... args) {
		return new RowProblem(position, messageKey, List.of(args));
	}

	public Object[] argsArray() {
		return args.toArray();
	}

}

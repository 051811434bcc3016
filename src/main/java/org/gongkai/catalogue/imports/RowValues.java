package org.gongkai.catalogue.imports;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.gongkai.common.UploadedSheet;

/**
 * The cells of one data row by column, read as the import needs them; whatever is wrong with a value is
 * noted as a problem of the row (and read as {@code null}), so that one pass finds every problem.
 */
final class RowValues {

	private final UploadedSheet.Line source;

	private final Map<Column, Integer> columns;

	private final List<ImportProblem> problems;

	RowValues(UploadedSheet.Line source, Map<Column, Integer> columns, List<ImportProblem> problems) {
		this.source = source;
		this.columns = columns;
		this.problems = problems;
	}

	int line() {
		return source.line();
	}

	/** The cell, stripped; empty when the file lacks the column or the row the cell. */
	String get(Column column) {
		Integer index = columns.get(column);
		if (index == null || index >= source.cells().size() || source.cells().get(index) == null) {
			return "";
		}
		return source.cells().get(index).strip();
	}

	String required(Column column, int max) {
		String value = get(column);
		if (value.isEmpty()) {
			problem(column, "import.value.missing");
			return null;
		}
		return withinLength(column, value, max);
	}

	String optional(Column column, int max) {
		String value = get(column);
		return value.isEmpty() ? null : withinLength(column, value, max);
	}

	/** A required value from a list (a unit, a category, a document type). */
	<T> T known(Column column, Function<String, Optional<T>> lookup, String unknownKey) {
		if (get(column).isEmpty()) {
			problem(column, "import.value.missing");
			return null;
		}
		return choice(column, lookup, unknownKey);
	}

	/** A value from a list, where the lookup decides what a blank cell means. */
	<T> T choice(Column column, Function<String, Optional<T>> lookup, String unknownKey) {
		String value = get(column);
		Optional<T> found = lookup.apply(value);
		if (found.isEmpty()) {
			problem(column, unknownKey, value);
		}
		return found.orElse(null);
	}

	LocalDateTime date(Column column, boolean required) {
		String value = get(column);
		if (value.isEmpty()) {
			if (required) {
				problem(column, "import.value.missing");
			}
			return null;
		}
		Optional<LocalDateTime> date = ImportDates.parse(value);
		if (date.isEmpty()) {
			problem(column, "import.date.invalid", value);
		}
		return date.orElse(null);
	}

	void problem(Column column, String messageKey, Object... args) {
		problems.add(ImportProblem.at(line(), column, messageKey, args));
	}

	private String withinLength(Column column, String value, int max) {
		if (value.length() > max) {
			problem(column, "import.value.tooLong", max);
			return null;
		}
		return value;
	}

}

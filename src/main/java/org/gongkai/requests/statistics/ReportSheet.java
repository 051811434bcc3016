package org.gongkai.requests.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One table of a download, independent of the file format: a title, header rows (a {@code null} cell continues the
 * cell on its left, merged in a workbook) and body rows of text and numbers.
 */
record ReportSheet(String name, String title, List<List<Object>> header, List<List<Object>> body) {

	static ReportSheet of(String name, String title) {
		return new ReportSheet(name, title, new ArrayList<>(), new ArrayList<>());
	}

	ReportSheet headerRow(Object... cells) {
		header.add(Arrays.asList(cells));
		return this;
	}

	ReportSheet row(Object... cells) {
		body.add(Arrays.asList(cells));
		return this;
	}

	ReportSheet row(String label, List<Integer> numbers) {
		List<Object> cells = new ArrayList<>();
		cells.add(label);
		cells.addAll(numbers);
		body.add(cells);
		return this;
	}

	/** Whether the first column holds labels (and wants to be wide). */
	boolean labelled() {
		return !body.isEmpty() && body.get(0).get(0) instanceof String;
	}

	int width() {
		return Stream.concat(header.stream(), body.stream()).mapToInt(List::size).max().orElse(1);
	}

}

package org.gongkai.common;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVPrinter;

/**
 * The only way exports write CSV records: every value goes through {@link SpreadsheetCells#safe(Object)} first,
 * so that no exported text can turn into a formula in the spreadsheet that opens the file.
 */
public final class SafeCsvPrinter implements Closeable, Flushable {

	private final CSVPrinter csv;

	public SafeCsvPrinter(CSVPrinter csv) {
		this.csv = csv;
	}

	public void printRecord(Object... values) throws IOException {
		csv.printRecord(Arrays.stream(values).map(SpreadsheetCells::safe));
	}

	public void printRecord(Iterable<?> values) throws IOException {
		csv.printRecord(StreamSupport.stream(values.spliterator(), false).map(SpreadsheetCells::safe));
	}

	/** An empty line, between two tables. */
	public void println() throws IOException {
		csv.println();
	}

	@Override
	public void flush() throws IOException {
		csv.flush();
	}

	@Override
	public void close() throws IOException {
		csv.close();
	}

}

package org.gongkai.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded calendar file ({@code date,kind,name}, UTF-8, the shipped file's format) into rows that keep
 * their line numbers, so problems name the line staff see in their editor. Blank lines are skipped.
 */
final class CsvRows {

	static final String HEADER = "date,kind,name";

	private CsvRows() {
	}

	/** The rows, and the lines that are not three cells; a missing header or a wrong encoding rejects the file. */
	static Parsed read(byte[] content) {
		String[] lines = decode(content).split("\r\n|\n|\r", -1);
		int headerLine = 0;
		while (headerLine < lines.length && lines[headerLine].isBlank()) {
			headerLine++;
		}
		if (headerLine == lines.length) {
			throw new ImportRejected(List.of(RowProblem.at(null, "calendar.import.empty")));
		}
		if (!lines[headerLine].replace(" ", "").equalsIgnoreCase(HEADER)) {
			throw new ImportRejected(List.of(RowProblem.at(headerLine + 1, "calendar.import.header", HEADER)));
		}
		List<DayRow> rows = new ArrayList<>();
		List<RowProblem> unreadable = new ArrayList<>();
		for (int i = headerLine + 1; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				List<String> cells = cells(lines[i]);
				if (cells.size() == 3) {
					rows.add(new DayRow(i + 1, cells.get(0), cells.get(1), cells.get(2)));
				}
				else {
					unreadable.add(RowProblem.at(i + 1, "calendar.import.columns", cells.size()));
				}
			}
		}
		return new Parsed(rows, unreadable);
	}

	record Parsed(List<DayRow> rows, List<RowProblem> problems) {
	}

	/** Strict UTF-8 so that a file saved as GBK is refused instead of importing garbled names. */
	private static String decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			// Spreadsheet programs start UTF-8 files with a byte-order mark.
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new ImportRejected(List.of(RowProblem.at(null, "calendar.import.encoding")));
		}
	}

	private static List<String> cells(String line) {
		try {
			List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords();
			return records.isEmpty() ? List.of() : records.get(0).toList();
		}
		catch (IOException | UncheckedIOException ex) {
			return List.of();
		}
	}

}

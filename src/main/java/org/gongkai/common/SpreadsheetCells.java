package org.gongkai.common;

import org.apache.poi.ss.usermodel.Cell;

/**
 * What every CSV and XLSX export writes into a cell. Text that starts with {@code = + - @}, a tab or a carriage
 * return would be read as a formula by a spreadsheet program (a title {@code =HYPERLINK(...)} becomes a link that
 * leaks data, OWASP "CSV injection"): such text gets a leading single quote and stays text. Numbers are written
 * as numbers, so a negative count is still a number.
 */
public final class SpreadsheetCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCells() {
	}

	/** The text as a spreadsheet must show it: never a formula. */
	public static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	/** A CSV value: numbers as they are, anything else as safe text. */
	public static Object safe(Object value) {
		if (value == null || value instanceof Number) {
			return value;
		}
		return safe(value.toString());
	}

	/** Writes a value into an XLSX cell: a number as a numeric cell, anything else as safe text, null as blank. */
	public static void set(Cell cell, Object value) {
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value != null) {
			cell.setCellValue(safe(value.toString()));
		}
	}

}

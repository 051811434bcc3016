package org.gongkai.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded table (the file of an import) as its non-blank rows of text cells, numbered as the spreadsheet numbers
 * them. XLSX is recognised by its signature and read with Apache POI (date cells as ISO dates); anything else is CSV
 * in strict UTF-8 (with or without BOM) or, when the bytes are not valid UTF-8, GB18030 (a superset of GBK, what
 * Chinese Excel writes). The old binary XLS is refused by name, so that the message can say "save as XLSX". Each
 * import maps the {@link Problem} to its own message.
 */
public final class UploadedSheet {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private UploadedSheet() {
	}

	/** A row of cells; {@code line} 1 is the first row of the file. */
	public record Line(int line, List<String> cells) {

		public Line {
			cells = List.copyOf(cells);
		}

		public boolean blank() {
			return cells.stream().allMatch(String::isBlank);
		}

	}

	/** Why a file cannot be read at all. */
	public enum Problem {

		EMPTY, XLS, CSV, XLSX, TOO_MANY_ROWS

	}

	/** The file cannot be read at all; nothing of it may be imported. */
	public static final class Unreadable extends RuntimeException {

		private final Problem problem;

		Unreadable(Problem problem) {
			super(problem.name());
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}

	}

	/**
	 * The non-blank rows of the file, the header included.
	 * @param maxRows the most rows below the header; more is {@link Problem#TOO_MANY_ROWS}
	 * @throws Unreadable when the file is empty, an XLS, or not readable as CSV or XLSX
	 */
	public static List<Line> read(byte[] content, int maxRows) {
		if (content.length == 0) {
			throw new Unreadable(Problem.EMPTY);
		}
		if (startsWith(content, new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0 })) {
			throw new Unreadable(Problem.XLS);
		}
		List<Line> lines = startsWith(content, new byte[] { 'P', 'K', 3, 4 }) ? xlsx(content, maxRows)
				: csv(decode(content), maxRows);
		return lines.stream().filter(line -> !line.blank()).toList();
	}

	/** Strict UTF-8 first: GBK bytes of Chinese text are almost never valid UTF-8, so a failure means GBK. */
	public static String decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			return new String(content, GB18030);
		}
	}

	private static List<Line> csv(String text, int maxRows) {
		List<Line> lines = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
		try (CSVParser parser = format.parse(new StringReader(text))) {
			for (CSVRecord record : parser) {
				lines.add(new Line((int) record.getRecordNumber(), record.toList()));
				requireWithinLimit(lines.size(), maxRows);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new Unreadable(Problem.CSV);
		}
		return lines;
	}

	private static List<Line> xlsx(byte[] content, int maxRows) {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = book.getSheetAt(0);
			FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
			DataFormatter formatter = new DataFormatter();
			List<Line> lines = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
					cells.add(text(row.getCell(i), formatter, evaluator));
				}
				lines.add(new Line(row.getRowNum() + 1, cells));
				requireWithinLimit(lines.size(), maxRows);
			}
			return lines;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Unreadable unreadable) {
				throw unreadable;
			}
			// POI reports a damaged or foreign workbook with a variety of runtime exceptions.
			throw new Unreadable(Problem.XLSX);
		}
	}

	private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			LocalDateTime at = cell.getLocalDateTimeCellValue();
			return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
					: at.toString().replace('T', ' ');
		}
		return formatter.formatCellValue(cell, evaluator).strip();
	}

	private static void requireWithinLimit(int rows, int maxRows) {
		if (rows > maxRows + 1) {
			throw new Unreadable(Problem.TOO_MANY_ROWS);
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}

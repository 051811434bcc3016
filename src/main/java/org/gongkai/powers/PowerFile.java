package org.gongkai.powers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded list as rows of text cells numbered as the spreadsheet numbers them, as the catalogue's metadata
 * import reads its file: XLSX by its signature (date cells as ISO dates), anything else CSV in strict UTF-8 (BOM
 * or not) or, when the bytes are not UTF-8, GB18030 (a superset of GBK, what Chinese Excel writes). A cell our
 * export protected against formulas (a leading {@code '} before = + - @) is read back without the quote.
 */
final class PowerFile {

	static final int MAX_ROWS = 5_000;

	private static final Charset GB18030 = Charset.forName("GB18030");

	private PowerFile() {
	}

	/** A row of cells; {@code line} 1 is the first row of the file. */
	record Line(int line, List<String> cells) {

		boolean blank() {
			return cells.stream().allMatch(c -> c == null || c.isBlank());
		}

	}

	static List<Line> read(byte[] content) {
		if (content.length == 0) {
			throw new ImportRejected("powers.import.file.empty");
		}
		List<Line> lines = isXlsx(content) ? xlsx(content) : csv(decode(content));
		return lines.stream().filter(l -> !l.blank()).map(PowerFile::unquoted).toList();
	}

	static String decode(byte[] content) {
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

	private static boolean isXlsx(byte[] content) {
		return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private static List<Line> csv(String text) {
		List<Line> lines = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
		try (CSVParser parser = format.parse(new StringReader(text))) {
			for (CSVRecord record : parser) {
				lines.add(new Line((int) record.getRecordNumber(), record.toList()));
				requireWithinLimit(lines.size());
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new ImportRejected("powers.import.file.csv");
		}
		return lines;
	}

	private static List<Line> xlsx(byte[] content) {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<Line> lines = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
					cells.add(text(row.getCell(i), formatter));
				}
				lines.add(new Line(row.getRowNum() + 1, cells));
				requireWithinLimit(lines.size());
			}
			return lines;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportRejected rejected) {
				throw rejected;
			}
			// POI reports a damaged or foreign workbook with a variety of runtime exceptions.
			throw new ImportRejected("powers.import.file.xlsx");
		}
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		// Formulas are never evaluated: an imported list holds text, and a formula cell is read as its cached value.
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		if (type == CellType.STRING) {
			return cell.getStringCellValue().strip();
		}
		return formatter.formatCellValue(cell).strip();
	}

	private static Line unquoted(Line line) {
		return new Line(line.line(), line.cells().stream().map(PowerFile::unquoted).toList());
	}

	static String unquoted(String cell) {
		if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
			return cell.substring(1);
		}
		return cell;
	}

	private static void requireWithinLimit(int rows) {
		if (rows > MAX_ROWS + 1) {
			throw new ImportRejected("powers.import.file.tooManyRows", MAX_ROWS);
		}
	}

}

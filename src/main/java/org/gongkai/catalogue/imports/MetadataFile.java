package org.gongkai.catalogue.imports;

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
 * The uploaded metadata file as rows of text cells numbered as the spreadsheet numbers them. XLSX is read
 * with Apache POI (date cells become ISO dates); anything else is CSV in UTF-8 (with or without BOM) or, when
 * the bytes are not valid UTF-8, GBK/GB18030, which is what Chinese Excel writes.
 */
final class MetadataFile {

	static final int MAX_ROWS = 10_000;

	private static final Charset GB18030 = Charset.forName("GB18030");

	private MetadataFile() {
	}

	/** A row of cells; {@code line} 1 is the first row of the file. */
	record Line(int line, List<String> cells) {

		boolean blank() {
			return cells.stream().allMatch(c -> c == null || c.isBlank());
		}

	}

	/** The non-blank rows of the file; {@link ImportRejected} when it cannot be read at all. */
	static List<Line> read(byte[] content) {
		if (content.length == 0) {
			throw ImportRejected.file("import.file.empty");
		}
		if (startsWith(content, new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0 })) {
			throw ImportRejected.file("import.file.xls");
		}
		List<Line> lines = startsWith(content, new byte[] { 'P', 'K', 3, 4 }) ? xlsx(content) : csv(decode(content));
		return lines.stream().filter(l -> !l.blank()).toList();
	}

	/** Strict UTF-8 first: GBK bytes of Chinese text are almost never valid UTF-8, so a failure means GBK. */
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
			throw ImportRejected.file("import.file.csv");
		}
		return lines;
	}

	private static List<Line> xlsx(byte[] content) {
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
				requireWithinLimit(lines.size());
			}
			return lines;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportRejected rejected) {
				throw rejected;
			}
			// POI reports a damaged or foreign workbook with a variety of runtime exceptions.
			throw ImportRejected.file("import.file.xlsx");
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

	private static void requireWithinLimit(int rows) {
		if (rows > MAX_ROWS + 1) {
			throw ImportRejected.file("import.file.tooManyRows", MAX_ROWS);
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

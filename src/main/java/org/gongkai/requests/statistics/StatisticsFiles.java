package org.gongkai.requests.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import org.gongkai.common.SafeCsvPrinter;
import org.gongkai.common.SpreadsheetCells;
import org.gongkai.requests.AnnualStatistics;

/**
 * The downloads of the statistics: CSV (UTF-8 with a byte-order mark, so that Excel opens the Chinese labels
 * correctly; the tables one after another, separated by an empty line) and XLSX (one sheet per table, headers in
 * bold).
 */
@Component
class StatisticsFiles {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final char BOM = '\uFEFF';

	private final ReportSheets sheets;

	StatisticsFiles(ReportSheets sheets) {
		this.sheets = sheets;
	}

	ResponseEntity<byte[]> csv(AnnualStatistics stats) {
		return download(csvBytes(sheets.of(stats)), CSV, sheets.fileName(stats.year(), "csv"));
	}

	ResponseEntity<byte[]> xlsx(AnnualStatistics stats) {
		return download(xlsxBytes(sheets.of(stats)), XLSX, sheets.fileName(stats.year(), "xlsx"));
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	static byte[] csvBytes(List<ReportSheet> tables) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				SafeCsvPrinter csv = new SafeCsvPrinter(new CSVPrinter(writer, CSVFormat.EXCEL))) {
			writer.write(BOM);
			boolean first = true;
			for (ReportSheet table : tables) {
				if (!first) {
					csv.println();
				}
				first = false;
				csv.printRecord(table.title());
				for (List<Object> row : table.header()) {
					csv.printRecord(row.stream().map(cell -> cell == null ? "" : cell).toList());
				}
				for (List<Object> row : table.body()) {
					csv.printRecord(row);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] xlsxBytes(List<ReportSheet> tables) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (ReportSheet table : tables) {
				Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
				int r = 0;
				write(sheet.createRow(r++), List.of(table.title()), bold);
				for (List<Object> header : table.header()) {
					Row row = sheet.createRow(r);
					write(row, header, bold);
					merge(sheet, r++, header);
				}
				for (List<Object> body : table.body()) {
					write(sheet.createRow(r++), body, null);
				}
				for (int c = 0; c < table.width(); c++) {
					sheet.setColumnWidth(c, (c == 0 && table.labelled() ? 60 : 14) * 256);
				}
				sheet.createFreezePane(0, 1 + table.header().size());
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Row row, List<Object> values, CellStyle style) {
		for (int c = 0; c < values.size(); c++) {
			Cell cell = row.createCell(c);
			SpreadsheetCells.set(cell, values.get(c));
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}

	/** Merges each header cell with the {@code null} cells that follow it. */
	private static void merge(Sheet sheet, int rowIndex, List<Object> header) {
		int start = 0;
		for (int c = 1; c <= header.size(); c++) {
			if (c == header.size() || header.get(c) != null) {
				if (c - 1 > start) {
					sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, start, c - 1));
				}
				start = c;
			}
		}
	}

}

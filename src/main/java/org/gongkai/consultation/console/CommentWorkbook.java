package org.gongkai.consultation.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.common.ContentDispositions;
import org.gongkai.common.SpreadsheetCells;
import org.gongkai.consultation.CommentExportRow;
import org.gongkai.consultation.Moderation;
import org.gongkai.identity.Me;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The XLSX of all comments of a consultation, with full contacts (the facade audits the reading): one row a
 * comment, headed in Chinese, statuses and reasons in words, times in China Standard Time.
 */
@Component
class CommentWorkbook {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final List<String> HEADER = List.of("编号", "条款", "姓名", "联系方式", "意见内容", "提交时间", "状态", "不予公开理由",
			"敏感词", "回复", "分组");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final Moderation moderation;

	private final MessageSource messages;

	CommentWorkbook(Moderation moderation, MessageSource messages) {
		this.moderation = moderation;
		this.messages = messages;
	}

	ResponseEntity<byte[]> download(Me me, long consultationId) {
		byte[] body = xlsx(moderation.export(me, consultationId));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDispositions.attachment("征求意见-" + consultationId + "-意见汇总.xlsx"))
			.contentType(XLSX)
			.contentLength(body.length)
			.body(body);
	}

	byte[] xlsx(List<CommentExportRow> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			Sheet sheet = workbook.createSheet("意见");
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADER.size(); c++) {
				SpreadsheetCells.set(header.createCell(c), HEADER.get(c));
				header.getCell(c).setCellStyle(bold);
			}
			int r = 1;
			for (CommentExportRow row : rows) {
				write(sheet.createRow(r++), row, wrap);
			}
			sheet.setColumnWidth(4, 60 * 256);
			sheet.setColumnWidth(9, 40 * 256);
			sheet.createFreezePane(0, 1);
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(Row out, CommentExportRow row, CellStyle wrap) {
		List<Object> cells = Arrays.asList(row.id(),
				row.articleLabel() == null ? word("cc.export.whole") : row.articleLabel(), row.authorName(),
				row.contact(), row.body(), MINUTE.format(row.submittedAt()), word(row.status().messageKey()),
				row.rejection() == null ? "" : word(row.rejection().messageKey()), row.flaggedWords(), row.reply(),
				row.groupPosition() == null ? "" : row.groupPosition());
		for (int c = 0; c < cells.size(); c++) {
			SpreadsheetCells.set(out.createCell(c), cells.get(c) == null ? "" : cells.get(c));
		}
		out.getCell(4).setCellStyle(wrap);
		out.getCell(9).setCellStyle(wrap);
	}

	private String word(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}

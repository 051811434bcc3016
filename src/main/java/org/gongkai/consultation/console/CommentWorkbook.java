package org.gongkai.consultation.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.common.ContentDispositions;
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
				header.createCell(c).setCellValue(HEADER.get(c));
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
		out.createCell(0).setCellValue(row.id());
		out.createCell(1).setCellValue(text(row.articleLabel() == null ? word("cc.export.whole") : row.articleLabel()));
		out.createCell(2).setCellValue(text(row.authorName()));
		out.createCell(3).setCellValue(text(row.contact()));
		out.createCell(4).setCellValue(text(row.body()));
		out.getCell(4).setCellStyle(wrap);
		out.createCell(5).setCellValue(MINUTE.format(row.submittedAt()));
		out.createCell(6).setCellValue(word(row.status().messageKey()));
		out.createCell(7).setCellValue(row.rejection() == null ? "" : word(row.rejection().messageKey()));
		out.createCell(8).setCellValue(text(row.flaggedWords()));
		out.createCell(9).setCellValue(text(row.reply()));
		out.getCell(9).setCellStyle(wrap);
		if (row.groupPosition() != null) {
			out.createCell(10).setCellValue(row.groupPosition());
		}
		else {
			out.createCell(10).setCellValue("");
		}
	}

	private String word(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

	/** A cell starting with = + - @ would be a formula to a spreadsheet: a leading quote keeps it text. */
	private static String text(String value) {
		if (value == null) {
			return "";
		}
		return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

}

package org.gongkai.services;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The demo's blank forms and filled examples: a Word document with the form's title and a table of its fields,
 * empty or filled with sample values, as the department's own application forms look.
 */
final class DemoForms {

	/** Sample values by a word of the field's label; anything else reads "按实际情况填写". */
	private static final Map<String, String> SAMPLES = Map.ofEntries(Map.entry("姓名", "张明"),
			Map.entry("身份证", "430102199003071234"), Map.entry("单位", "湖南湘江人力资源有限公司"),
			Map.entry("名称", "湖南湘江人力资源有限公司"), Map.entry("代码", "91430100MA4L000001"),
			Map.entry("电话", "0731-88880000"), Map.entry("地址", "长沙市岳麓区麓谷大道100号"),
			Map.entry("场所", "长沙市岳麓区麓谷大道100号3楼"), Map.entry("日期", "2026年11月20日"),
			Map.entry("时间", "2026年11月20日"), Map.entry("账号", "6217 0000 0000 0000 000"),
			Map.entry("法定代表人", "李华"), Map.entry("联系人", "王芳 13800000000"));

	private DemoForms() {
	}

	static byte[] blank(String title, List<String> fields) {
		return document(title, fields, false);
	}

	static byte[] example(String title, List<String> fields) {
		return document(title + "（示例）", fields, true);
	}

	private static byte[] document(String title, List<String> fields, boolean filled) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph heading = doc.createParagraph();
			heading.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun run = heading.createRun();
			run.setBold(true);
			run.setFontSize(16);
			run.setText(title);
			XWPFTable table = doc.createTable(fields.size(), 2);
			for (int i = 0; i < fields.size(); i++) {
				table.getRow(i).getCell(0).setText(fields.get(i));
				table.getRow(i).getCell(1).setText(filled ? sample(fields.get(i)) : "");
			}
			doc.createParagraph().createRun().setText("湖南省人力资源和社会保障厅 制");
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sample(String label) {
		return SAMPLES.entrySet()
			.stream()
			.filter(e -> label.contains(e.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("按实际情况填写");
	}

}

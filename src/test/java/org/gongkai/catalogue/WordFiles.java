package org.gongkai.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Base64;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Small Word files written with Apache POI for the import tests: a heading, a numbered list, a table, a picture, a link. */
public final class WordFiles {

	/** A 1×1 transparent PNG. */
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	private WordFiles() {
	}

	/** A notice with a heading, a two-item numbered list and a 2×2 table; a picture and a link when asked. */
	public static byte[] notice(boolean withPicture, String linkTarget) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			heading(doc, "第一章 总则");
			doc.createParagraph().createRun().setText("为做好就业补贴发放工作，现就有关事项通知如下。");
			BigInteger list = numbered(doc);
			for (String item : new String[] { "申请条件", "办理流程" }) {
				XWPFParagraph p = doc.createParagraph();
				p.setNumID(list);
				p.setNumILvl(BigInteger.ZERO);
				p.createRun().setText(item);
			}
			XWPFTable table = doc.createTable(2, 2);
			table.getRow(0).getCell(0).setText("项目");
			table.getRow(0).getCell(1).setText("标准");
			table.getRow(1).getCell(0).setText("一次性补贴");
			table.getRow(1).getCell(1).setText("1000元");
			if (withPicture) {
				doc.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(PNG),
						Document.PICTURE_TYPE_PNG, "dot.png", Units.toEMU(10), Units.toEMU(10));
			}
			if (linkTarget != null) {
				doc.createParagraph().createHyperlinkRun(linkTarget).setText("详情链接");
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

	private static void heading(XWPFDocument doc, String text) {
		XWPFStyles styles = doc.createStyles();
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId("Heading1");
		style.setType(STStyleType.PARAGRAPH);
		CTString name = CTString.Factory.newInstance();
		name.setVal("heading 1");
		style.setName(name);
		styles.addStyle(new XWPFStyle(style));
		XWPFParagraph p = doc.createParagraph();
		p.setStyle("Heading1");
		p.createRun().setText(text);
	}

	private static BigInteger numbered(XWPFDocument doc) {
		CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
		abstractNum.setAbstractNumId(BigInteger.ONE);
		CTLvl level = abstractNum.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
		level.addNewLvlText().setVal("%1.");
		level.addNewStart().setVal(BigInteger.ONE);
		XWPFNumbering numbering = doc.createNumbering();
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
		return numbering.addNum(abstractId);
	}

	/** Any other zip (here an empty workbook), named as the caller likes. */
	public static byte[] workbook() throws IOException {
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.createSheet("表");
			book.write(out);
			return out.toByteArray();
		}
	}

}

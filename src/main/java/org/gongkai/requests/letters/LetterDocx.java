package org.gongkai.requests.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.gongkai.requests.LetterView;

/**
 * The letter as a Word document (DOCX, Apache POI XWPF) laid out like an official document (GB/T 9704): A4 with
 * its margins, the agency's name in red at the head, the title centred in 宋体 二号 bold, the text in 仿宋 三号 with a
 * fixed line pitch and two-character indents, the issuing body and date at the right. Chinese fonts are set as the
 * East Asian fonts of each run, so that Word does not fall back to a Latin font for the Chinese text.
 */
public final class LetterDocx {

	private static final String TEXT_FONT = "仿宋";

	private static final String TITLE_FONT = "宋体";

	private static final String LATIN_FONT = "Times New Roman";

	private static final String RED = "C00000";

	/** 三号 = 16 pt; two characters of it = 32 pt = 640 twips. */
	private static final int TEXT_SIZE = 16;

	private static final int TWO_CHARACTERS = 640;

	/** A4 in twips, and GB/T 9704's margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
	private static final long A4_WIDTH = 11906;

	private static final long A4_HEIGHT = 16838;

	private LetterDocx() {
	}

	/** The DOCX of {@code letter}; {@code draftMark} heads a draft (草稿) in the reader's language. */
	public static byte[] of(LetterView letter, String draftMark) {
		LetterLayout layout = LetterLayout.of(letter.text());
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(doc);
			if (letter.draft()) {
				XWPFRun mark = run(paragraph(doc, ParagraphAlignment.RIGHT), draftMark, TEXT_FONT, 14);
				mark.setBold(true);
				mark.setColor(RED);
			}
			XWPFParagraph head = paragraph(doc, ParagraphAlignment.CENTER);
			head.setSpacingAfter(480);
			XWPFRun agency = run(head, letter.agency(), TITLE_FONT, 26);
			agency.setBold(true);
			agency.setColor(RED);
			agency.setCharacterSpacing(40);
			run(paragraph(doc, ParagraphAlignment.CENTER), layout.title(), TITLE_FONT, 22).setBold(true);
			for (String reference : layout.references()) {
				run(paragraph(doc, ParagraphAlignment.CENTER), reference, TEXT_FONT, TEXT_SIZE);
			}
			if (layout.salutation() != null) {
				text(doc, layout.salutation(), ParagraphAlignment.LEFT, 0);
			}
			for (String paragraph : layout.paragraphs()) {
				text(doc, paragraph, ParagraphAlignment.LEFT, TWO_CHARACTERS);
			}
			signature(doc, layout);
			doc.getProperties().getCoreProperties().setTitle(layout.title() + " " + letter.trackingNumber());
			doc.getProperties().getCoreProperties().setCreator(letter.agency());
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write the letter's DOCX", ex);
		}
	}

	private static void signature(XWPFDocument doc, LetterLayout layout) {
		for (int i = 0; i < layout.signature().size(); i++) {
			XWPFParagraph p = text(doc, layout.signature().get(i), ParagraphAlignment.RIGHT, 0);
			p.setIndentationRight(TWO_CHARACTERS * 2);
			if (i == 0) {
				p.setSpacingBefore(960);
			}
		}
	}

	private static XWPFParagraph text(XWPFDocument doc, String text, ParagraphAlignment alignment, int firstLine) {
		XWPFParagraph p = paragraph(doc, alignment);
		p.setIndentationFirstLine(firstLine);
		p.setSpacingBetween(29, LineSpacingRule.EXACT);
		run(p, text, TEXT_FONT, TEXT_SIZE);
		return p;
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		p.setSpacingAfter(0);
		return p;
	}

	private static XWPFRun run(XWPFParagraph p, String text, String font, int size) {
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
		run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontSize(size);
		CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		properties.addNewLang().setEastAsia("zh-CN");
		return run;
	}

	private static void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_WIDTH));
		size.setH(BigInteger.valueOf(A4_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(2098));
		margins.setBottom(BigInteger.valueOf(1984));
		margins.setLeft(BigInteger.valueOf(1587));
		margins.setRight(BigInteger.valueOf(1474));
		margins.setHeader(BigInteger.valueOf(851));
		margins.setFooter(BigInteger.valueOf(992));
		margins.setGutter(BigInteger.ZERO);
	}

}

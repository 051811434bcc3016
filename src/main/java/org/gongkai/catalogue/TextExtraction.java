package org.gongkai.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.common.FileTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The text inside an attachment, for search: PDF by PDFBox, DOCX and XLSX by Apache POI, none for images. */
@Component
class TextExtraction {

	private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

	private static final int MAX_CHARS = 900_000;

	String extract(FileTypes type, byte[] content) {
		try {
			String text = switch (type) {
				case PDF -> pdf(content);
				case DOCX -> {
					try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content));
							XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
						yield extractor.getText();
					}
				}
				case XLSX -> {
					try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content));
							XSSFExcelExtractor extractor = new XSSFExcelExtractor(book)) {
						yield extractor.getText();
					}
				}
				default -> "";
			};
			return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		}
		catch (IOException | RuntimeException ex) {
			// A damaged file is still kept and downloadable; it is only not searchable inside.
			log.warn("could not extract text from a {} attachment: {}", type, ex.getMessage());
			return "";
		}
	}

	private static String pdf(byte[] content) throws IOException {
		try (PDDocument document = Loader.loadPDF(content)) {
			return new PDFTextStripper().getText(document);
		}
	}

}

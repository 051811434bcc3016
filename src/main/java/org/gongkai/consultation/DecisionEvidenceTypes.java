package org.gongkai.consultation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The evidence types accepted (PDF, OFD, Word, Excel, JPEG, PNG), recognised by their content as well as their
 * name: anything else, an executable renamed .pdf included, is refused. The catalogue's own list is private to
 * it and lacks the older Office formats and OFD (版式文档, the national standard for official documents).
 */
enum DecisionEvidenceTypes {

	PDF("pdf", "application/pdf"), OFD("ofd", "application/ofd"), DOC("doc", "application/msword"),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLS("xls", "application/vnd.ms-excel"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), JPEG("jpg", "image/jpeg"),
	PNG("png", "image/png");

	private static final byte[] OLE2 = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
			(byte) 0xe1 };

	private final String extension;

	private final String contentType;

	DecisionEvidenceTypes(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	String contentType() {
		return contentType;
	}

	/** The type the name claims, if it is one accepted. */
	static Optional<DecisionEvidenceTypes> byName(String fileName) {
		String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		String ext = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
		String wanted = ext.equals("jpeg") ? "jpg" : ext;
		for (DecisionEvidenceTypes type : values()) {
			if (type.extension.equals(wanted)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** Whether the bytes really are of this type. */
	boolean matches(byte[] content) {
		return switch (this) {
			case PDF -> startsWith(content, "%PDF-".getBytes());
			case PNG -> startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
			case JPEG -> startsWith(content, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff });
			case DOC, XLS -> startsWith(content, OLE2);
			case DOCX -> zipContains(content, "word/document.xml");
			case XLSX -> zipContains(content, "xl/workbook.xml");
			case OFD -> zipContains(content, "OFD.xml");
		};
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

	private static boolean zipContains(byte[] content, String entryName) {
		if (!startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return false;
		}
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(entryName)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}

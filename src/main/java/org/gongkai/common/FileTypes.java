package org.gongkai.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The types of public files accepted (catalogue attachments, consultation drafts, decision evidence: PDF, OFD
 * (版式文档, the national standard for official documents), DOCX, DOC, XLSX, XLS, PNG, JPEG, GIF), recognised by
 * their content, not their name: a file whose bytes do not match its extension (an executable renamed .pdf) is
 * refused.
 */
public enum FileTypes {

	PDF("pdf", "application/pdf"), OFD("ofd", "application/ofd"),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	DOC("doc", "application/msword"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	XLS("xls", "application/vnd.ms-excel"), PNG("png", "image/png"), JPEG("jpg", "image/jpeg"),
	GIF("gif", "image/gif");

	/** The compound-file signature of the Office 97-2003 formats (DOC, XLS). */
	private static final byte[] OLE2 = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
			(byte) 0xe1 };

	private final String extension;

	private final String contentType;

	FileTypes(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String contentType() {
		return contentType;
	}

	/**
	 * The file picker's {@code accept} list ({@code .pdf,.ofd,...}): exactly the names {@link #byName} takes, so that
	 * the picker offers what the server keeps and nothing it refuses.
	 */
	public static String accept() {
		StringBuilder list = new StringBuilder();
		for (FileTypes type : values()) {
			list.append(list.isEmpty() ? "" : ",").append('.').append(type.extension);
			if (type == JPEG) {
				list.append(",.jpeg");
			}
		}
		return list.toString();
	}

	/** The type the name claims, if it is one accepted. */
	public static Optional<FileTypes> byName(String fileName) {
		String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		String ext = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
		if (ext.equals("jpeg")) {
			ext = "jpg";
		}
		for (FileTypes type : values()) {
			if (type.extension.equals(ext)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** Whether the bytes really are of this type. */
	public boolean matches(byte[] content) {
		return switch (this) {
			case PDF -> startsWith(content, "%PDF-".getBytes());
			case PNG -> startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
			case JPEG -> startsWith(content, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff });
			case GIF -> startsWith(content, "GIF87a".getBytes()) || startsWith(content, "GIF89a".getBytes());
			case DOC, XLS -> startsWith(content, OLE2);
			case DOCX -> zipContains(content, "word/document.xml");
			case XLSX -> zipContains(content, "xl/workbook.xml");
			case OFD -> zipContains(content, "OFD.xml");
		};
	}

	/** The type of the bytes when they are what the name claims and of an accepted type. */
	public static Optional<FileTypes> of(String fileName, byte[] content) {
		return byName(fileName).filter(type -> type.matches(content));
	}

	/**
	 * The file's own name without any client path (C:\\Users\\…\\a.pdf → a.pdf), stripped; empty when nothing
	 * usable or longer than 255 characters.
	 */
	public static Optional<String> cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		return name.isEmpty() || name.length() > 255 ? Optional.empty() : Optional.of(name);
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

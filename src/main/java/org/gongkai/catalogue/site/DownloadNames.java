package org.gongkai.catalogue.site;

import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a download that keeps its Chinese file name: {@code filename*} carries the
 * name in UTF-8 (RFC 6266, RFC 8187) for every current browser, {@code filename} an ASCII fallback for old
 * clients, so that no client ever sees mangled bytes.
 */
final class DownloadNames {

	private DownloadNames() {
	}

	static String contentDisposition(String fileName, long id) {
		return "attachment; filename=\"" + asciiFallback(fileName, id) + "\"; filename*=UTF-8''" + encode(fileName);
	}

	/** The name without what ASCII cannot say; an attachment number when nothing readable is left. */
	static String asciiFallback(String fileName, long id) {
		int dot = fileName.lastIndexOf('.');
		String base = dot > 0 ? fileName.substring(0, dot) : fileName;
		String extension = dot > 0 ? safe(fileName.substring(dot)) : "";
		String ascii = safe(base).replaceAll("_+", "_").replaceAll("^[_ ]+|[_ ]+$", "");
		return (ascii.isEmpty() ? "attachment-" + id : ascii) + extension;
	}

	private static String safe(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';'
				&& c != '%' ? (char) c : '_'));
		return out.toString();
	}

	/** RFC 8187 value characters: letters, digits and {@code !#$&+-.^_`|~}; every other byte as %XX. */
	static String encode(String fileName) {
		StringBuilder out = new StringBuilder();
		for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

}

package org.gongkai.common;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} for downloads that keeps a Chinese file name: an ASCII fallback in
 * {@code filename} for old clients and the real name in {@code filename*} (RFC 5987/6266, UTF-8).
 */
public final class ContentDispositions {

	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private ContentDispositions() {
	}

	public static String attachment(String fileName) {
		return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
	}

	/** Percent-encodes every byte outside RFC 5987's attr-char set. */
	static String encode(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| ATTR_CHARS.indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

	/** The name with anything but printable ASCII (and quotes, backslashes) replaced by underscores. */
	static String asciiFallback(String value) {
		StringBuilder out = new StringBuilder();
		value.codePoints()
			.forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
		return out.toString();
	}

}

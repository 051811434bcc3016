package org.gongkai.requests.letters;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A letter download: {@code Content-Disposition} with an ASCII fallback and the Chinese name in {@code filename*}
 * (RFC 5987/6266), never stored by a browser or proxy cache (the letter names the applicant).
 */
final class Downloads {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private Downloads() {
	}

	static ResponseEntity<byte[]> docx(String fileName, byte[] content) {
		return ResponseEntity.ok()
			.contentType(DOCX)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
			.body(content);
	}

	static String attachment(String fileName) {
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
				out.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return out.toString();
	}

	/** Non-ASCII runs become one underscore each: 答复告知书-YS2026-00001.docx → _-YS2026-00001.docx. */
	static String asciiFallback(String value) {
		return value.replaceAll("[^\\x20-\\x7e]+", "_").replace('"', '_').replace('\\', '_');
	}

}

package org.gongkai.requests.letters;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.gongkai.common.ContentDispositions;

/**
 * A letter download: {@code Content-Disposition} with an ASCII fallback and the Chinese name in {@code filename*}
 * (RFC 5987/6266), never stored by a browser or proxy cache (the letter names the applicant).
 */
final class Downloads {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

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
		return ContentDispositions.attachment(fileName);
	}

}

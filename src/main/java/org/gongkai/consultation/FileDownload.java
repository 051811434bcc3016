package org.gongkai.consultation;

import java.io.IOException;
import java.io.InputStream;

import org.gongkai.common.ContentDispositions;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A public file to send: its name, type, size, SHA-256 (for caching) and a way to open its bytes. */
public record FileDownload(String fileName, String contentType, long sizeBytes, String sha256, Opener opener) {

	static FileDownload of(ConsultationFile file, Opener opener) {
		return new FileDownload(file.fileName(), file.contentType(), file.sizeBytes(), file.sha256(), opener);
	}

	/** The download as a response: its type, length and a Content-Disposition that keeps a Chinese name. */
	public ResponseEntity<InputStreamResource> asAttachment() throws IOException {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(fileName))
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(contentType))
			.contentLength(sizeBytes)
			.body(new InputStreamResource(opener.open()));
	}

	/** Opens the stored bytes. */
	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

}

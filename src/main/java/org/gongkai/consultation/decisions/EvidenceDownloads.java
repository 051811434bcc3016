package org.gongkai.consultation.decisions;

import org.gongkai.common.ContentDispositions;
import org.gongkai.consultation.DecisionRecords;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An evidence file as a download: its checked type, its size and its Chinese name kept in {@code filename*}. */
final class EvidenceDownloads {

	private EvidenceDownloads() {
	}

	static ResponseEntity<InputStreamResource> body(DecisionRecords.Download download) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(download.file().fileName()))
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(download.file().contentType()))
			.contentLength(download.file().sizeBytes())
			.body(new InputStreamResource(download.content()));
	}

}

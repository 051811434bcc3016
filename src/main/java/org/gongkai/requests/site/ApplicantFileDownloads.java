package org.gongkai.requests.site;

import java.io.IOException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.common.ContentDispositions;
import org.gongkai.requests.ApplicantFiles;

/**
 * The staff download of a file an applicant sent (console, sign-in required): only for staff who may handle the
 * application (else 404), audited by {@link ApplicantFiles}, always as a download and never stored by a cache. No
 * public address leads to these files.
 */
@Controller
class ApplicantFileDownloads {

	private final ApplicantFiles files;

	ApplicantFileDownloads(ApplicantFiles files) {
		this.files = files;
	}

	@GetMapping("/admin/requests/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long attachmentId)
			throws IOException {
		ApplicantFiles.Download download = files.download(CurrentStaff.require(), id, attachmentId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDispositions.attachment(download.file().fileName()))
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.parseMediaType(download.file().contentType()))
			.contentLength(download.file().sizeBytes())
			.body(new InputStreamResource(download.content()));
	}

}

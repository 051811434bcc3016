package org.gongkai.catalogue.site;

import java.io.IOException;

import org.gongkai.common.PublicCaching;
import org.gongkai.catalogue.AttachmentView;
import org.gongkai.catalogue.Attachments;
import org.gongkai.common.PublicVersion;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/** Attachments of public documents, downloaded under their own (Chinese) names; others are not found. */
@Controller
class AttachmentDownloads {

	private final Attachments attachments;

	private final PublicCaching caching;

	AttachmentDownloads(Attachments attachments, PublicCaching caching) {
		this.attachments = attachments;
		this.caching = caching;
	}

	@GetMapping("/catalogue/attachments/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, WebRequest request) throws IOException {
		PublicVersion.Version version = caching.current();
		Attachments.Download download = attachments.publicDownload(id);
		AttachmentView file = download.attachment();
		if (caching.dataNotModified(request, version, file.sha256())) {
			download.content().close();
			return null;
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.contentDisposition(file.fileName(), file.id()))
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.body(new InputStreamResource(download.content()));
	}

}

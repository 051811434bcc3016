package org.gongkai.requests.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongkai.common.ContentDispositions;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.requests.ApplicantFiles;
import org.gongkai.requests.ReplyFiles;
import org.gongkai.requests.ReplyLinkAdmin;

/**
 * The reply's package on the case page: attaching the files released with the reply (refused ones named in the
 * refusal), taking one off before the reply is issued, downloading them, and withdrawing the mailed link.
 */
@Controller
@RequestMapping("/admin/requests/{id:\\d+}")
class ReplyFilesConsole {

	static final String FORM = "reply-files";

	private final ReplyFiles files;

	private final ReplyLinkAdmin links;

	private final CasePage page;

	ReplyFilesConsole(ReplyFiles files, ReplyLinkAdmin links, CasePage page) {
		this.files = files;
		this.links = links;
		this.page = page;
	}

	@PostMapping("/reply-files")
	String attach(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
			Model model, RedirectAttributes redirect) {
		return page.act(id, FORM, null, model, redirect, () -> {
			int count = files.attach(CurrentStaff.require(), id, uploads(uploads)).size();
			return Notice.of("requests.console.done.replyFilesAttached", count);
		});
	}

	@PostMapping("/reply-files/{fileId:\\d+}/delete")
	String remove(@PathVariable long id, @PathVariable long fileId, Model model, RedirectAttributes redirect) {
		return page.act(id, FORM, null, model, redirect, () -> {
			files.remove(CurrentStaff.require(), id, fileId);
			return Notice.of("requests.console.done.replyFileRemoved");
		});
	}

	@GetMapping("/reply-files/{fileId:\\d+}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long fileId) throws IOException {
		ReplyFiles.Download download = files.download(CurrentStaff.require(), id, fileId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(download.file().fileName()))
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.parseMediaType(download.file().contentType()))
			.contentLength(download.file().sizeBytes())
			.body(new InputStreamResource(download.content()));
	}

	@PostMapping("/reply-link/revoke")
	String revoke(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return page.act(id, FORM, null, model, redirect, () -> {
			links.revoke(CurrentStaff.require(), id);
			return Notice.of("requests.console.done.replyLinkRevoked");
		});
	}

	/** Over the server's multipart limit the parts are never read: the page again, 413 at the file field. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Model model) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (!(variables instanceof Map<?, ?> map && map.get("id") instanceof String id && id.matches("\\d{1,18}"))) {
			throw ex;
		}
		String message = page.message(new RuleViolation(HttpStatus.PAYLOAD_TOO_LARGE, "request.replyFiles.tooLargeUpload",
				"files", files.maxMegabytes()));
		return page.again(Long.parseLong(id), new Sent(FORM, Map.of("files", message), null), HttpStatus.PAYLOAD_TOO_LARGE,
				model);
	}

	private static List<ApplicantFiles.Upload> uploads(List<MultipartFile> uploads) {
		if (uploads == null) {
			return List.of();
		}
		return uploads.stream().map(file -> {
			try {
				return new ApplicantFiles.Upload(file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("could not read the uploaded file", ex);
			}
		}).toList();
	}

}

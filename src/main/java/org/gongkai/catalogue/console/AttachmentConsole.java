package org.gongkai.catalogue.console;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.catalogue.Attachments;
import org.gongkai.catalogue.CatalogueProperties;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.gongkai.common.ContentDispositions;

/**
 * Console: attachments of a draft (upload, remove) and their download for staff. A file over the size limit
 * (the catalogue's, or the server's multipart limit before it) gets 413 with the message next to the upload
 * field; a file whose content does not match its extension is refused there too.
 */
@Controller
@RequestMapping("/admin/documents")
class AttachmentConsole {

	private final Attachments attachments;

	private final CatalogueProperties properties;

	private final DocumentPage page;

	AttachmentConsole(Attachments attachments, CatalogueProperties properties, DocumentPage page) {
		this.attachments = attachments;
		this.properties = properties;
		this.page = page;
	}

	@PostMapping("/{id}/attachments")
	String upload(@PathVariable long id, @ModelAttribute("uploadForm") ActionForms.Upload form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		if (form.file() == null || form.file().isEmpty()) {
			errors.rejectValue("file", "docs.attachment.missing");
		}
		return page.act(me, id, errors, model, response, redirect, Map.of(), () -> {
			String name = form.file().getOriginalFilename();
			attachments.attach(me, id, name, bytes(form));
			return Notice.of("docs.attachment.added", name);
		});
	}

	@PostMapping("/{id}/attachments/{attachmentId}/delete")
	String remove(@PathVariable long id, @PathVariable long attachmentId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return page.act(me, id, null, model, response, redirect, Map.of(), () -> {
			attachments.remove(me, attachmentId);
			return Notice.of("docs.attachment.removed");
		});
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable long attachmentId) throws IOException {
		Attachments.Download download = attachments.staffDownload(CurrentStaff.require(), attachmentId);
		return body(download);
	}

	/** Shared with the staff API: the file with its type, size and Chinese name. */
	static ResponseEntity<InputStreamResource> body(Attachments.Download download) {
		InputStream content = download.content();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(download.attachment().fileName()))
			.contentType(MediaType.parseMediaType(download.attachment().contentType()))
			.contentLength(download.attachment().sizeBytes())
			.body(new InputStreamResource(content));
	}

	/**
	 * A request over the server's multipart limit fails while its parts are read, before the handler runs: the
	 * document's page again with the message next to the upload field and status 413.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		long id = documentId(request).orElseThrow(() -> ex);
		ActionForms.Upload form = ActionForms.Upload.empty();
		BindingResult errors = new BeanPropertyBindingResult(form, "uploadForm");
		model.addAttribute("uploadForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "uploadForm", errors);
		RuleViolation violation = new RuleViolation(HttpStatus.PAYLOAD_TOO_LARGE, "attachment.tooLarge", "file",
				properties.maxAttachmentSize().toMegabytes());
		return page.refused(CurrentStaff.require(), id, violation, errors, model, response, Map.of());
	}

	@SuppressWarnings("unchecked")
	private static Optional<Long> documentId(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("id") instanceof String id && id.matches("\\d{1,18}")) {
			return Optional.of(Long.parseLong(id));
		}
		return Optional.empty();
	}

	private static byte[] bytes(ActionForms.Upload form) {
		try {
			return form.file().getBytes();
		}
		catch (IOException ex) {
			throw RuleViolation.invalid("file", "docs.attachment.unreadable");
		}
	}

}

package org.gongkai.catalogue.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.DocumentStatus;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.DraftingProperties;
import org.gongkai.catalogue.WordImport;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.multipart.MultipartFile;

/**
 * Console: the document form's second button, 导入正文, without JavaScript. The form is sent with a Word file; its
 * converted, sanitised body replaces the body field and the form comes back with every other field as typed,
 * unsaved, to be checked and saved with the form's own button. A file that is not a Word document is refused at
 * its field (400), the rest of the form kept.
 */
@Controller
@RequestMapping("/admin/documents")
class WordImportConsole {

	private final DocumentFormConsole forms;

	private final WordImport words;

	private final DraftingProperties drafting;

	private final MessageSource messages;

	WordImportConsole(DocumentFormConsole forms, WordImport words, DraftingProperties drafting,
			MessageSource messages) {
		this.forms = forms;
		this.words = words;
		this.drafting = drafting;
		this.messages = messages;
	}

	@PostMapping("/new/word")
	String intoNewDraft(@ModelAttribute("documentForm") DocumentMetadata form,
			@RequestParam(name = WordImport.FIELD, required = false) MultipartFile file, Model model,
			HttpServletResponse response) {
		Me me = DocumentFormConsole.requireDrafter();
		return imported(form, file, model, response, body -> forms.render(me, null, null, model.addAttribute(
				"documentForm", body)));
	}

	@PostMapping("/{id}/edit/word")
	String intoDraft(@PathVariable long id, @ModelAttribute("documentForm") DocumentMetadata form,
			@RequestParam(required = false) Long version,
			@RequestParam(name = WordImport.FIELD, required = false) MultipartFile file, Model model,
			HttpServletResponse response) {
		Me me = CurrentStaff.require();
		DocumentView document = forms.editable(me, id);
		if (document.status() != DocumentStatus.DRAFT) {
			throw RuleViolation.conflict(null, "docs.document.notDraft");
		}
		Long read = version == null ? document.version() : version;
		return imported(form, file, model, response,
				body -> forms.render(me, document, read, model.addAttribute("documentForm", body)));
	}

	/**
	 * Over the server's multipart limit the server reads none of the form's fields (it refuses the body before
	 * them): the draft being edited comes back as last saved, a new one as a blank form, with the reason at the file
	 * field naming the limit and saying that what was typed did not arrive (413).
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
		Long id = draftId(request);
		Me me = id == null ? DocumentFormConsole.requireDrafter() : CurrentStaff.require();
		DocumentView document = id == null ? null : forms.editable(me, id);
		boolean saved = document != null && document.status() == DocumentStatus.DRAFT;
		model.addAttribute("documentForm", saved ? document.metadata() : forms.blank(me));
		model.addAttribute("wordError", message(new RuleViolation(HttpStatus.PAYLOAD_TOO_LARGE,
				saved ? "docs.word.tooLarge.lastSaved" : "docs.word.tooLarge.notReceived", WordImport.FIELD,
				drafting.maxWordImportSize().toMegabytes())));
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		return saved ? forms.render(me, document, document.version(), model) : forms.render(me, null, null, model);
	}

	/** The draft of {@code /admin/documents/{id}/edit/word}; {@code null} for a new one. */
	private static Long draftId(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object id = variables instanceof Map<?, ?> map ? map.get("id") : null;
		return id == null ? null : Long.valueOf(id.toString());
	}

	private String imported(DocumentMetadata form, MultipartFile file, Model model, HttpServletResponse response,
			java.util.function.Function<DocumentMetadata, String> render) {
		try {
			WordImport.ImportedBody body = words.convert(file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getContentType(), file == null ? null : file.getBytes());
			model.addAttribute("wordNotices", notices(file.getOriginalFilename(), body));
			return render.apply(withBody(form, body.html()));
		}
		catch (RuleViolation ex) {
			model.addAttribute("wordError", message(ex));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render.apply(form);
		}
		catch (IOException ex) {
			model.addAttribute("wordError", message(RuleViolation.invalid(WordImport.FIELD, "docs.word.unreadable")));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render.apply(form);
		}
	}

	private static List<Notice> notices(String fileName, WordImport.ImportedBody body) {
		List<Notice> notices = new ArrayList<>();
		notices.add(Notice.of("docs.word.imported", fileName));
		if (body.imagesRemoved() > 0) {
			notices.add(Notice.of("docs.word.imagesRemoved", body.imagesRemoved()));
		}
		if (body.unsafeRemoved()) {
			notices.add(Notice.of("docs.word.unsafeRemoved"));
		}
		return notices;
	}

	private String message(RuleViolation ex) {
		return messages.getMessage(Violations.resolvable(ex), LocaleContextHolder.getLocale());
	}

	private static DocumentMetadata withBody(DocumentMetadata f, String body) {
		return new DocumentMetadata(f.title(), f.summary(), f.documentNumber(), f.issuingBody(), f.unitId(),
				f.categoryId(), f.keywords(), f.documentType(), f.formedOn(), f.effectiveOn(), f.expiresOn(),
				f.disclosure(), f.exemptionGround(), body);
	}

}

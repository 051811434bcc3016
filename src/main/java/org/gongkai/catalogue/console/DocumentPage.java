package org.gongkai.catalogue.console;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueProperties;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.ReviewConclusion;
import org.gongkai.catalogue.RevisionView;
import org.gongkai.catalogue.Validity;
import org.gongkai.common.FileTypes;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A document's internal page: metadata, body, attachments, reviews, versions and the forms of the steps the
 * member may take. Also runs a step for the console: back to the page with a notice, or the page again with
 * the refusal where it belongs and its status (400, 409, 413).
 */
@Component
class DocumentPage {

	static final String VIEW = "catalogue/console/document";

	private final Catalogue catalogue;

	private final UnitNames units;

	private final MessageSource messages;

	private final CatalogueProperties properties;

	DocumentPage(Catalogue catalogue, UnitNames units, MessageSource messages, CatalogueProperties properties) {
		this.catalogue = catalogue;
		this.units = units;
		this.messages = messages;
		this.properties = properties;
	}

	String render(Me me, long id, Model model) {
		DocumentView document = catalogue.staffDocument(me, id);
		RevisionView pending = catalogue.pendingRevision(id).orElse(null);
		model.addAttribute("document", document);
		model.addAttribute("unitName", units.of(document.unitId()));
		model.addAttribute("reviews", catalogue.reviews(me, id));
		model.addAttribute("pending", pending);
		model.addAttribute("actions", DocumentActions.of(me, document, pending));
		model.addAttribute("conclusions", ReviewConclusion.values());
		model.addAttribute("validities", Validity.values());
		model.addAttribute("maxAttachmentMb", properties.maxAttachmentSize().toMegabytes());
		model.addAttribute("attachmentAccept", FileTypes.accept());
		addIfAbsent(model, "reviewForm", ActionForms.Review.empty());
		addIfAbsent(model, "revisionReviewForm", ActionForms.Review.empty());
		addIfAbsent(model, "publishForm", ActionForms.Publish.empty());
		addIfAbsent(model, "revisionForm", ActionForms.Revision.of(document));
		addIfAbsent(model, "validityForm", ActionForms.ValidityChange.of(document));
		addIfAbsent(model, "withdrawForm", ActionForms.Withdrawal.empty());
		addIfAbsent(model, "uploadForm", ActionForms.Upload.empty());
		return VIEW;
	}

	/**
	 * Takes a step unless the form has errors. {@code aliases} maps the field a refusal names to the form's
	 * own field name.
	 */
	String act(Me me, long id, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Map<String, String> aliases, Supplier<Notice> step) {
		if (errors != null && errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute(Violations.REFUSAL,
					messages.getMessage("docs.form.hasErrors", null, LocaleContextHolder.getLocale()));
			return render(me, id, model);
		}
		try {
			redirect.addFlashAttribute("flash", step.get());
			return "redirect:/admin/documents/" + id;
		}
		catch (RuleViolation ex) {
			return refused(me, id, ex, errors, model, response, aliases);
		}
	}

	/** The page again, showing why the step was refused; 403 and 404 go on to the refusal page. */
	String refused(Me me, long id, RuleViolation ex, BindingResult errors, Model model, HttpServletResponse response,
			Map<String, String> aliases) {
		Violations.show(ex, errors, model, aliases, messages);
		response.setStatus(ex.status().value());
		return render(me, id, model);
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}

package org.gongkai.catalogue.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.CatalogueProperties;
import org.gongkai.catalogue.Disclosure;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.DocumentStatus;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.catalogue.DraftingProperties;
import org.gongkai.catalogue.ExemptionGround;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console: the metadata form of a new or draft document. A save carries the version the form was read at; when
 * someone else saved meanwhile it is refused (409) and the form comes back with everything the member typed.
 */
@Controller
@RequestMapping("/admin/documents")
class DocumentFormConsole {

	static final String VIEW = "catalogue/console/form";

	private final DocumentWorkflow workflow;

	private final Catalogue catalogue;

	private final CatalogueProperties properties;

	private final UnitNames units;

	private final MessageSource messages;

	private final DraftingProperties drafting;

	private final Clock clock;

	DocumentFormConsole(DocumentWorkflow workflow, Catalogue catalogue, CatalogueProperties properties,
			DraftingProperties drafting, UnitNames units, MessageSource messages, Clock clock) {
		this.workflow = workflow;
		this.catalogue = catalogue;
		this.properties = properties;
		this.units = units;
		this.messages = messages;
		this.drafting = drafting;
		this.clock = clock;
	}

	@GetMapping("/new")
	String newDraft(Model model) {
		Me me = requireDrafter();
		model.addAttribute("documentForm", blank(me));
		return render(me, null, null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("documentForm") DocumentMetadata form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Me me = requireDrafter();
		if (!errors.hasErrors()) {
			try {
				long id = workflow.createDraft(me, form);
				redirect.addFlashAttribute("flash", Notice.of("docs.document.created", form.title().strip()));
				return "redirect:/admin/documents/" + id;
			}
			catch (RuleViolation ex) {
				Violations.show(ex, errors, model, Map.of(), messages);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return render(me, null, null, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		DocumentView document = editable(me, id);
		if (document.status() != DocumentStatus.DRAFT) {
			redirect.addFlashAttribute("flash", Notice.of("docs.document.notDraft"));
			return "redirect:/admin/documents/" + id;
		}
		model.addAttribute("documentForm", document.metadata());
		return render(me, document, document.version(), model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("documentForm") DocumentMetadata form, BindingResult errors,
			@RequestParam long version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		DocumentView document = editable(me, id);
		if (!errors.hasErrors()) {
			try {
				workflow.updateDraft(me, id, form, version);
				redirect.addFlashAttribute("flash", Notice.of("docs.document.saved", form.title().strip()));
				return "redirect:/admin/documents/" + id;
			}
			catch (RuleViolation ex) {
				if (ex.status() == HttpStatus.CONFLICT && "document.conflict".equals(ex.messageKey())) {
					return conflict(me, catalogue.staffDocument(me, id), model, response);
				}
				Violations.show(ex, errors, model, Map.of(), messages);
				response.setStatus(ex.status().value());
				return render(me, document, version, model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return render(me, document, version, model);
	}

	/**
	 * Someone saved the draft after this form was read: nothing was saved, the typed values stay, and the form
	 * now carries the current version, so that saving again deliberately replaces the other save.
	 */
	private String conflict(Me me, DocumentView current, Model model, HttpServletResponse response) {
		model.addAttribute("conflict", current);
		response.setStatus(HttpStatus.CONFLICT.value());
		return render(me, current, current.version(), model);
	}

	/** A new document's form: the member's unit, the agency as 发布机构 (never the division), formed today. */
	DocumentMetadata blank(Me me) {
		return DocumentMetadata.empty(me.unitId(), drafting.issuingBody(), LocalDate.now(clock));
	}

	/** The form page (also after a Word import, {@link WordImportConsole}). */
	String render(Me me, DocumentView document, Long version, Model model) {
		model.addAttribute("document", document);
		model.addAttribute("version", version);
		model.addAttribute("units", units.draftableBy(me));
		model.addAttribute("categories", CategoryOption.tree(catalogue.categories()));
		model.addAttribute("documentTypes", properties.documentTypes());
		model.addAttribute("disclosures", Disclosure.values());
		model.addAttribute("grounds", ExemptionGround.values());
		model.addAttribute("maxWordMb", drafting.maxWordImportSize().toMegabytes());
		return VIEW;
	}

	/** The document, when the member may edit it: reading it needs the unit, editing the editor's role too. */
	DocumentView editable(Me me, long id) {
		DocumentView document = catalogue.staffDocument(me, id);
		if (!DocumentActions.canEdit(me, document.unitId())) {
			throw RuleViolation.forbidden("document.edit.denied");
		}
		return document;
	}

	static Me requireDrafter() {
		Me me = CurrentStaff.require();
		if (!DocumentActions.canDraft(me)) {
			throw RuleViolation.forbidden("document.edit.denied");
		}
		return me;
	}

}

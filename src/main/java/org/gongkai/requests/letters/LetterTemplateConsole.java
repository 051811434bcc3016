package org.gongkai.requests.letters;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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

import org.gongkai.identity.CurrentStaff;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.requests.LetterPlaceholder;
import org.gongkai.requests.LetterTemplateKind;
import org.gongkai.requests.LetterTemplateView;
import org.gongkai.requests.LetterTemplates;

/**
 * Console: the disclosure office keeps the reply-letter templates (答复告知书模板). Each edit can be previewed as a
 * whole letter for a sample case before it is saved, and undone by a reset to the shipped text.
 */
@Controller
@RequestMapping("/admin/requests/letter-templates")
@PreAuthorize("hasAnyRole('DISCLOSURE_OFFICE', 'DISCLOSURE_OFFICE_HEAD')")
class LetterTemplateConsole {

	private static final String EDIT = "redirect:/admin/requests/letter-templates/";

	private final LetterTemplates templates;

	LetterTemplateConsole(LetterTemplates templates) {
		this.templates = templates;
	}

	@GetMapping
	String list(Model model) {
		Map<LetterTemplateKind, List<LetterTemplateView>> byKind = templates.all(CurrentStaff.require())
			.stream()
			.collect(Collectors.groupingBy(LetterTemplateView::kind));
		model.addAttribute("kinds", LetterTemplateKind.values());
		model.addAttribute("byKind", byKind);
		return "requests/letters/templates";
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		LetterTemplateView template = templates.get(CurrentStaff.require(), code);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", TemplateForm.of(template));
		}
		if (!model.containsAttribute("preview")) {
			model.addAttribute("preview", LetterLayout.of(templates.preview(CurrentStaff.require(), code, template.body())));
		}
		model.addAttribute("template", template);
		model.addAttribute("placeholders", Arrays.stream(LetterPlaceholder.values())
			.filter(p -> !p.itemOnly() || template.kind() == LetterTemplateKind.REPLY)
			.toList());
		return "requests/letters/template-edit";
	}

	@PostMapping("/{code}")
	String save(@PathVariable String code, @ModelAttribute("form") TemplateForm form, BindingResult errors,
			@RequestParam(required = false) String preview, Model model, RedirectAttributes redirect) {
		if (form == null || errors.hasErrors()) {
			// Not sent by the page (the page always sends a body and a version): nothing saved, the stored template.
			return EDIT + code;
		}
		try {
			if (preview != null) {
				model.addAttribute("preview", LetterLayout.of(templates.preview(CurrentStaff.require(), code, form.body())));
				model.addAttribute("previewed", true);
				return edit(code, model);
			}
			templates.save(CurrentStaff.require(), code, form.body(), form.version());
			redirect.addFlashAttribute("flash", Notice.of("letter.saved"));
			return EDIT + code;
		}
		catch (RuleViolation ex) {
			ex.applyTo(errors);
			model.addAttribute("preview", null);
			if (ex.status() == HttpStatus.CONFLICT) {
				LetterTemplateView stored = templates.get(CurrentStaff.require(), code);
				model.addAttribute("form", new TemplateForm(form.body(), stored.version()));
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
				model.addAttribute("conflict", true);
			}
			return edit(code, model);
		}
	}

	@PostMapping("/{code}/reset")
	String reset(@PathVariable String code, RedirectAttributes redirect) {
		templates.reset(CurrentStaff.require(), code);
		redirect.addFlashAttribute("flash", Notice.of("letter.reset.done"));
		return EDIT + code;
	}

}

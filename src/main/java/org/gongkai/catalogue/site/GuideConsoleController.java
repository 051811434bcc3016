package org.gongkai.catalogue.site;

import jakarta.validation.Valid;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console: the disclosure office edits the disclosure guide (HTML, sanitised on save). */
@Controller
@RequestMapping("/admin/guide")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'DISCLOSURE_OFFICE')")
class GuideConsoleController {

	private final Guides guides;

	GuideConsoleController(Guides guides) {
		this.guides = guides;
	}

	@GetMapping
	String edit(Model model) {
		GuideView guide = guides.current().orElse(null);
		model.addAttribute("guide", guide);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", GuideForm.of(guide));
		}
		return "catalogue/site/guide-edit";
	}

	@PostMapping
	String save(@Valid @ModelAttribute("form") GuideForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				guides.save(CurrentStaff.require(), form.body(), form.version());
				redirect.addFlashAttribute("flash", Notice.of("site.guide.saved"));
				return "redirect:/admin/guide";
			}
			catch (RuleViolation ex) {
				ex.applyTo(errors);
				if (ex.status() == HttpStatus.CONFLICT) {
					return conflict(form, errors, model);
				}
			}
		}
		return edit(model);
	}

	/**
	 * Someone saved the guide since this editor opened it: their text stays in the form, the colleague's
	 * text is shown beside it, and saving again (now knowingly) replaces it.
	 */
	private String conflict(GuideForm form, BindingResult errors, Model model) {
		GuideView stored = guides.current().orElse(null);
		GuideForm kept = new GuideForm(form.body(), stored == null ? 0 : stored.version());
		model.addAttribute("form", kept);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		model.addAttribute("conflict", true);
		return edit(model);
	}

}

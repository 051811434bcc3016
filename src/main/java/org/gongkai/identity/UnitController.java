package org.gongkai.identity;

import jakarta.validation.Valid;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console: the department's units (system administrators). */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class UnitController {

	private final UnitManagement units;

	UnitController(UnitManagement units) {
		this.units = units;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("units", units.all());
		model.addAttribute("kinds", UnitKind.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", UnitForm.empty());
		}
		return "identity/units";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				UnitView unit = units.create(form);
				redirect.addFlashAttribute("flash", Notice.of("unit.created", unit.name()));
				return "redirect:/admin/units";
			}
			catch (RuleViolation ex) {
				ex.applyTo(errors);
			}
		}
		return list(model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		UnitView unit = units.get(id);
		model.addAttribute("unit", unit);
		model.addAttribute("kinds", UnitKind.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", UnitForm.of(unit));
		}
		return "identity/unit";
	}

	@PostMapping("/{id}")
	String rename(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				UnitView unit = units.rename(id, form);
				redirect.addFlashAttribute("flash", Notice.of("unit.saved", unit.name()));
				return "redirect:/admin/units";
			}
			catch (RuleViolation ex) {
				ex.applyTo(errors);
			}
		}
		return edit(id, model);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		units.deactivate(id);
		redirect.addFlashAttribute("flash", Notice.of("unit.deactivated", units.get(id).name()));
		return "redirect:/admin/units";
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		units.activate(id);
		redirect.addFlashAttribute("flash", Notice.of("unit.activated", units.get(id).name()));
		return "redirect:/admin/units";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		String name = units.get(id).name();
		try {
			units.delete(id);
			redirect.addFlashAttribute("flash", Notice.of("unit.deleted", name));
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("flash", Notice.of(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/admin/units";
	}

}

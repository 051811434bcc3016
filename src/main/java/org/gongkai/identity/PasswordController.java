package org.gongkai.identity;

import jakarta.validation.Valid;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.StaffForms.PasswordChange;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console: change one's own password. */
@Controller
@RequestMapping("/admin/password")
class PasswordController {

	private final StaffManagement staff;

	private final PasswordPolicy policy;

	PasswordController(StaffManagement staff, PasswordPolicy policy) {
		this.staff = staff;
		this.policy = policy;
	}

	@GetMapping
	String form(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PasswordChange.empty());
		}
		model.addAttribute("minLength", policy.minLength());
		return "identity/password";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordChange form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				staff.changeOwnPassword(CurrentStaff.require(), form);
				redirect.addFlashAttribute("flash", Notice.of("password.changed"));
				return "redirect:/admin";
			}
			catch (RuleViolation ex) {
				ex.applyTo(errors);
			}
		}
		model.addAttribute("minLength", policy.minLength());
		return "identity/password";
	}

}

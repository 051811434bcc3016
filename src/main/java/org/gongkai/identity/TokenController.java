package org.gongkai.identity;

import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console: the signed-in staff member's personal API tokens. */
@Controller
@RequestMapping("/admin/tokens")
class TokenController {

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tokens", tokens.of(CurrentStaff.require()));
		model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
		return "identity/tokens";
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "90") String validDays,
			Model model, RedirectAttributes redirect) {
		try {
			ApiTokens.IssuedToken issued = tokens.issue(CurrentStaff.require(), name, parseDays(validDays));
			redirect.addFlashAttribute("issued", issued);
			return "redirect:/admin/tokens";
		}
		catch (RuleViolation ex) {
			model.addAttribute("tokenError", Notice.of(ex.messageKey(), ex.arguments()));
			model.addAttribute("errorField", ex.field());
			model.addAttribute("name", name);
			model.addAttribute("validDays", validDays);
			return list(model);
		}
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(CurrentStaff.require(), id);
		redirect.addFlashAttribute("flash", Notice.of("token.revoked"));
		return "redirect:/admin/tokens";
	}

	private static int parseDays(String days) {
		try {
			return Integer.parseInt(days.strip());
		}
		catch (NumberFormatException ex) {
			throw RuleViolation.invalid("validDays", "token.days.invalid", ApiTokens.MAX_DAYS);
		}
	}

}

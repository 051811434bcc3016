package org.gongkai.requests.console;

import java.util.HashSet;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.common.Notice;
import org.gongkai.requests.CaseHandling;

/**
 * The case page (/admin/requests/{id}): the application in full for its handlers, every view audited, and the
 * assignment to units by the disclosure office. The other steps are in {@link ClockConsole},
 * {@link AnswerConsole} and {@link AppealConsole}.
 */
@Controller
@RequestMapping("/admin/requests/{id:\\d+}")
class CaseConsole {

	private final CaseHandling handling;

	private final CasePage page;

	CaseConsole(CaseHandling handling, CasePage page) {
		this.handling = handling;
		this.page = page;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		return page.show(id, model);
	}

	@PostMapping("/assign")
	String assign(@PathVariable long id, @Valid @ModelAttribute("assignForm") CaseForms.Assign form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return page.act(id, "assign", binding, model, redirect, () -> {
			handling.assign(CurrentStaff.require(), id, form.unitIds() == null ? null : new HashSet<>(form.unitIds()));
			return Notice.of("requests.console.done.assigned");
		});
	}

}

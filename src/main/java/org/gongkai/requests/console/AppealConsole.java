package org.gongkai.requests.console;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.common.Notice;
import org.gongkai.requests.CaseHandling;

/** Reconsideration and litigation (行政复议, 行政诉讼) against a reply: recorded when filed, decided later. */
@Controller
@RequestMapping("/admin/requests/{id:\\d+}/appeals")
class AppealConsole {

	private final CaseHandling handling;

	private final CasePage page;

	AppealConsole(CaseHandling handling, CasePage page) {
		this.handling = handling;
		this.page = page;
	}

	@PostMapping
	String record(@PathVariable long id, @Valid @ModelAttribute("appealForm") CaseForms.Appeal form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return page.act(id, "appeal", binding, model, redirect, () -> {
			handling.recordAppeal(CurrentStaff.require(), id, form.kind(), form.filedOn(), form.note());
			return Notice.of("requests.console.done.appealRecorded");
		});
	}

	@PostMapping("/{appealId:\\d+}/decision")
	String decide(@PathVariable long id, @PathVariable long appealId,
			@Valid @ModelAttribute("appealDecisionForm") CaseForms.AppealDecision form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return page.act(id, "appeal-" + appealId, binding, model, redirect, () -> {
			handling.decideAppeal(CurrentStaff.require(), id, appealId, form.outcome(), form.decidedOn(), form.note());
			return Notice.of("requests.console.done.appealDecided");
		});
	}

}

package org.gongkai.consultation.decisions;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.consultation.DecisionRecords;
import org.gongkai.consultation.MajorDecisionForm;
import org.gongkai.consultation.MajorDecisionView;
import org.gongkai.consultation.MajorDecisions;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Console: the list of major-decision records, the form of a new or draft record (a save carries the version it
 * was read at; a stale one is refused with 409 and the typed values kept), a record's page, publishing and
 * withdrawing.
 */
@Controller
@RequestMapping("/admin/decisions")
class DecisionConsole {

	static final String FORM = "consultation/decisions/console/form";

	static final String PAGE = "consultation/decisions/console/decision";

	private final MajorDecisions decisions;

	private final DecisionRecords records;

	private final UnitManagement units;

	private final MessageSource messages;

	DecisionConsole(MajorDecisions decisions, DecisionRecords records, UnitManagement units, MessageSource messages) {
		this.decisions = decisions;
		this.records = records;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		Me me = CurrentStaff.require();
		model.addAttribute("decisions", records.staffList(me));
		model.addAttribute("canDraft", MajorDecisions.canDraft(me));
		return "consultation/decisions/console/list";
	}

	@GetMapping("/new")
	String newRecord(Model model) {
		Me me = requireDrafter();
		model.addAttribute("decisionForm", MajorDecisionForm.empty(me.unitId()));
		return form(me, null, null, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("decisionForm") MajorDecisionForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Me me = requireDrafter();
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (!errors.hasErrors()) {
			try {
				long id = decisions.create(me, form);
				redirect.addFlashAttribute("flash", Notice.of("decisions.console.created", form.title().strip()));
				return "redirect:/admin/decisions/" + id;
			}
			catch (RuleViolation ex) {
				ex.applyTo(errors);
				status = ex.status();
			}
		}
		response.setStatus(status.value());
		return form(me, null, null, model);
	}

	@GetMapping("/{id}")
	String page(@PathVariable long id, Model model) {
		Me me = CurrentStaff.require();
		return page(me, records.staffDecision(me, id), model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Me me = CurrentStaff.require();
		MajorDecisionView decision = editable(me, id);
		model.addAttribute("decisionForm", decision.form());
		return form(me, decision, decision.version(), model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("decisionForm") MajorDecisionForm form,
			BindingResult errors, @RequestParam long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		MajorDecisionView decision = editable(me, id);
		HttpStatus status = HttpStatus.BAD_REQUEST;
		long formVersion = version;
		if (!errors.hasErrors()) {
			try {
				decisions.update(me, id, form, version);
				redirect.addFlashAttribute("flash", Notice.of("decisions.console.saved", form.title().strip()));
				return "redirect:/admin/decisions/" + id;
			}
			catch (RuleViolation ex) {
				status = ex.status();
				if ("decision.conflict".equals(ex.messageKey())) {
					model.addAttribute("conflict", decision);
					formVersion = decision.version();
				}
				else {
					ex.applyTo(errors);
				}
			}
		}
		response.setStatus(status.value());
		return form(me, decision, formVersion, model);
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return act(me, id, model, response, redirect, () -> decisions.publish(me, id), "decisions.console.published");
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return act(me, id, model, response, redirect, () -> decisions.withdraw(me, id, reason),
				"decisions.console.withdrawn");
	}

	/** Takes a step; a refusal other than 403/404 comes back on the record's page, at the top, with its status. */
	private String act(Me me, long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
			Runnable step, String doneKey) {
		MajorDecisionView decision = records.staffDecision(me, id);
		try {
			step.run();
			redirect.addFlashAttribute("flash", Notice.of(doneKey, decision.title()));
			return "redirect:/admin/decisions/" + id;
		}
		catch (RuleViolation ex) {
			if (ex.status() == HttpStatus.FORBIDDEN || ex.status() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			response.setStatus(ex.status().value());
			model.addAttribute("refusal",
					messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), LocaleContextHolder.getLocale()));
			return page(me, decision, model);
		}
	}

	private String page(Me me, MajorDecisionView decision, Model model) {
		model.addAttribute("decision", decision);
		model.addAttribute("canEdit", MajorDecisions.canEdit(me, decision.unitId()));
		return PAGE;
	}

	private String form(Me me, MajorDecisionView decision, Long version, Model model) {
		model.addAttribute("decision", decision);
		model.addAttribute("version", version);
		model.addAttribute("units", unitsFor(me));
		return FORM;
	}

	/** Editors keep their own unit's records; the disclosure office any active unit's. */
	private List<UnitView> unitsFor(Me me) {
		return me.office() ? units.active() : units.all().stream().filter(u -> u.id() == me.unitId()).toList();
	}

	private MajorDecisionView editable(Me me, long id) {
		MajorDecisionView decision = records.staffDecision(me, id);
		if (!MajorDecisions.canEdit(me, decision.unitId())) {
			throw RuleViolation.forbidden("decision.edit.denied");
		}
		if (!decision.draft()) {
			throw RuleViolation.conflict(null, "decision.notDraft");
		}
		return decision;
	}

	private static Me requireDrafter() {
		Me me = CurrentStaff.require();
		if (!MajorDecisions.canDraft(me)) {
			throw RuleViolation.forbidden("decision.edit.denied");
		}
		return me;
	}

}

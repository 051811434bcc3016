package org.gongkai.powers.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.powers.IntermediaryDraft;
import org.gongkai.powers.InvalidPower;
import org.gongkai.powers.PowerDetails;
import org.gongkai.powers.PowerFilter;
import org.gongkai.powers.PowerForm;
import org.gongkai.powers.PowerPermissions;
import org.gongkai.powers.PowerStatus;
import org.gongkai.powers.PowerTexts;
import org.gongkai.powers.PowerType;
import org.gongkai.powers.Powers;
import org.gongkai.powers.StatusChange;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console: the list with its filters, the form that creates an item with its first status, an item's page to edit
 * its columns, record a status change and keep its intermediary services. Refusals show next to their field.
 */
@Controller
@RequestMapping("/admin/powers")
class PowerConsole {

	private static final int PAGE_SIZE = 50;

	private final Powers powers;

	private final PowerTexts texts;

	private final UnitManagement units;

	private final Clock clock;

	PowerConsole(Powers powers, PowerTexts texts, UnitManagement units, Clock clock) {
		this.powers = powers;
		this.texts = texts;
		this.units = units;
		this.clock = clock;
	}

	/** A status change as the item page's form carries it. */
	record StatusForm(String status, String effectiveOn, String reason, String decidingDocument) {
	}

	@GetMapping
	String list(@RequestParam(required = false) PowerType type, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) PowerStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Me me = require();
		if (!PowerPermissions.maySee(me)) {
			throw RuleViolation.forbidden("powers.denied");
		}
		PowerFilter filter = new PowerFilter(type, unit, status, q, null);
		model.addAttribute("rows", powers.page(filter, page, PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("units", units.active());
		model.addAttribute("types", PowerType.values());
		model.addAttribute("statuses", PowerStatus.values());
		model.addAttribute("mayImport", PowerPermissions.mayImport(me));
		return "powers/console/list";
	}

	@GetMapping("/new")
	String newItem(Model model) {
		Me me = require();
		if (!PowerPermissions.maySee(me)) {
			throw RuleViolation.forbidden("powers.denied");
		}
		model.addAttribute("powerForm", PowerForm.empty(me.unitId(), LocalDate.now(clock)));
		return formPage(model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("powerForm") PowerForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Me me = require();
		try {
			String code = powers.create(me, form.code(), texts.draft(form), form.firstStatus());
			redirect.addFlashAttribute("flash", Notice.of("powers.console.created", code));
			return "redirect:/admin/powers/" + code;
		}
		catch (RuleViolation ex) {
			show(ex, errors, response);
			return formPage(model);
		}
	}

	@GetMapping("/{code}")
	String item(@PathVariable String code, Model model) {
		Me me = require();
		model.addAttribute("powerForm", texts.form(code, powers.draft(me, code)));
		model.addAttribute("statusForm", new StatusForm(null, LocalDate.now(clock).toString(), "", ""));
		model.addAttribute("intermediaryForm", new IntermediaryDraft("", "", "", ""));
		return itemPage(code, model);
	}

	@PostMapping("/{code}")
	String revise(@PathVariable String code, @ModelAttribute("powerForm") PowerForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = require();
		try {
			powers.revise(me, code, texts.draft(form));
			redirect.addFlashAttribute("flash", Notice.of("powers.console.saved", code));
			return "redirect:/admin/powers/" + code;
		}
		catch (RuleViolation ex) {
			show(ex, errors, response);
			model.addAttribute("statusForm", new StatusForm(null, LocalDate.now(clock).toString(), "", ""));
			model.addAttribute("intermediaryForm", new IntermediaryDraft("", "", "", ""));
			return itemPage(code, model);
		}
	}

	@PostMapping("/{code}/status")
	String status(@PathVariable String code, @ModelAttribute("statusForm") StatusForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = require();
		try {
			powers.recordStatus(me, code,
					new StatusChange(PowerForm.status(form.status()), PowerForm.day(form.effectiveOn()), form.reason(), form.decidingDocument()));
			redirect.addFlashAttribute("flash", Notice.of("powers.console.statusRecorded", code));
			return "redirect:/admin/powers/" + code;
		}
		catch (RuleViolation ex) {
			show(ex, errors, response);
			model.addAttribute("powerForm", texts.form(code, powers.draft(me, code)));
			model.addAttribute("intermediaryForm", new IntermediaryDraft("", "", "", ""));
			return itemPage(code, model);
		}
	}

	@PostMapping("/{code}/intermediaries")
	String addIntermediary(@PathVariable String code, @ModelAttribute("intermediaryForm") IntermediaryDraft form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = require();
		try {
			powers.addIntermediary(me, code, form);
			redirect.addFlashAttribute("flash", Notice.of("powers.console.intermediaryAdded", form.name().strip()));
			return "redirect:/admin/powers/" + code + "#intermediaries";
		}
		catch (RuleViolation ex) {
			show(ex, errors, response);
			model.addAttribute("powerForm", texts.form(code, powers.draft(me, code)));
			model.addAttribute("statusForm", new StatusForm(null, LocalDate.now(clock).toString(), "", ""));
			return itemPage(code, model);
		}
	}

	@PostMapping("/{code}/intermediaries/{id}/delete")
	String removeIntermediary(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		powers.removeIntermediary(require(), code, id);
		redirect.addFlashAttribute("flash", Notice.of("powers.console.intermediaryRemoved"));
		return "redirect:/admin/powers/" + code + "#intermediaries";
	}

	private String formPage(Model model) {
		model.addAttribute("units", units.active());
		model.addAttribute("types", PowerType.values());
		model.addAttribute("firstStatuses", new PowerStatus[] { PowerStatus.RETAINED, PowerStatus.TAKEN_OVER });
		return "powers/console/new";
	}

	private String itemPage(String code, Model model) {
		PowerDetails item = powers.item(code, null).orElseThrow(() -> RuleViolation.notFound("powers.notFound", code));
		model.addAttribute("item", item);
		model.addAttribute("units", units.active());
		model.addAttribute("types", PowerType.values());
		model.addAttribute("statuses", PowerStatus.values());
		return "powers/console/item";
	}

	/** Shows every problem next to its field (a list field's problems on the list's own field). */
	private static void show(RuleViolation ex, Errors errors, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		if (ex instanceof InvalidPower invalid) {
			invalid.problems()
				.forEach(p -> errors.rejectValue(p.field().replaceAll("\\[.*$", ""), p.messageKey(), p.arguments(),
						p.messageKey()));
			return;
		}
		ex.applyTo(errors);
	}

	private static Me require() {
		return CurrentStaff.require();
	}

}

package org.gongkai.approvals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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

import org.gongkai.approvals.ApprovalCases;
import org.gongkai.approvals.ApprovalCategory;
import org.gongkai.approvals.ApprovalPermissions;
import org.gongkai.approvals.CaseFilter;
import org.gongkai.approvals.CaseState;
import org.gongkai.approvals.Registered;
import org.gongkai.approvals.SuspensionKind;
import org.gongkai.approvals.web.ConsoleForms.DecisionForm;
import org.gongkai.approvals.web.ConsoleForms.RegisterForm;
import org.gongkai.approvals.web.ConsoleForms.StepForm;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;

/**
 * Console: the list of cases with its filters, the registration form (the query code shown once, after it), and a
 * case's page with the step its state allows. A refused step shows next to its field on the same page.
 */
@Controller
@RequestMapping("/admin/approvals")
class ApprovalConsole {

	private static final int PAGE_SIZE = 50;

	/** The step forms of a case page, by the path of their action. */
	private static final Map<String, String> STEP_FORMS = Map.of("accept", "acceptForm", "not-accept",
			"notAcceptForm", "review", "reviewForm", "suspend", "suspendForm", "resume", "resumeForm", "deliver",
			"deliverForm");

	private final ApprovalCases cases;

	private final Clock clock;

	ApprovalConsole(ApprovalCases cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) CaseState state, @RequestParam(required = false) String item,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Me me = CurrentStaff.require();
		CaseFilter filter = new CaseFilter(state, item == null || item.isBlank() ? null : item.strip(), overdue);
		model.addAttribute("rows", cases.page(me, filter, page, PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("states", CaseState.values());
		model.addAttribute("mayImport", ApprovalPermissions.mayImport(me));
		return "approvals/console/list";
	}

	@GetMapping("/new")
	String newCase(Model model) {
		if (!ApprovalPermissions.maySee(CurrentStaff.require())) {
			throw RuleViolation.forbidden("approvals.denied");
		}
		model.addAttribute("registerForm", RegisterForm.empty(today()));
		return registerPage(model);
	}

	@PostMapping("/new")
	String register(@ModelAttribute("registerForm") RegisterForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Registered registered = cases.register(CurrentStaff.require(), form.registration());
			redirect.addFlashAttribute("registered", registered);
			return "redirect:/admin/approvals/" + registered.caseNumber();
		}
		catch (RuleViolation ex) {
			response.setStatus(ex.status().value());
			ex.applyTo(errors);
			return registerPage(model);
		}
	}

	@GetMapping("/{number}")
	String item(@PathVariable String number, Model model) {
		return casePage(number, model);
	}

	@PostMapping("/{number}/{step}")
	String step(@PathVariable String number, @PathVariable String step, @ModelAttribute StepForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String name = STEP_FORMS.get(step);
		if (name == null) {
			throw RuleViolation.notFound("approvals.notFound", number);
		}
		BindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(form, name);
		Me me = CurrentStaff.require();
		try {
			LocalDate day = form.date();
			switch (step) {
				case "accept" -> cases.accept(me, number, day);
				case "not-accept" -> cases.refuseAcceptance(me, number, day, form.reason());
				case "review" -> cases.startReview(me, number, day);
				case "suspend" -> cases.suspend(me, number, form.kind(), day, form.note());
				case "resume" -> cases.resume(me, number, day);
				default -> cases.deliver(me, number, day);
			}
			redirect.addFlashAttribute("flash", Notice.of("approvals.console.done." + step, number));
			return "redirect:/admin/approvals/" + number;
		}
		catch (RuleViolation ex) {
			response.setStatus(ex.status().value());
			ex.applyTo(errors);
			model.addAttribute(name, form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
			return casePage(number, model);
		}
	}

	@PostMapping("/{number}/decide")
	String decide(@PathVariable String number, @ModelAttribute("decideForm") DecisionForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			cases.decide(CurrentStaff.require(), number, form.decision());
			redirect.addFlashAttribute("flash", Notice.of("approvals.console.done.decide", number));
			return "redirect:/admin/approvals/" + number;
		}
		catch (RuleViolation ex) {
			response.setStatus(ex.status().value());
			ex.applyTo(errors);
			return casePage(number, model);
		}
	}

	private String casePage(String number, Model model) {
		model.addAttribute("view", cases.view(CurrentStaff.require(), number));
		LocalDate today = today();
		STEP_FORMS.values().forEach(name -> {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, StepForm.on(today));
			}
		});
		if (!model.containsAttribute("decideForm")) {
			model.addAttribute("decideForm", DecisionForm.on(today));
		}
		model.addAttribute("kinds", SuspensionKind.values());
		return "approvals/console/case";
	}

	private String registerPage(Model model) {
		model.addAttribute("categories", ApprovalCategory.values());
		return "approvals/console/new";
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}

package org.gongkai.interpretation.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.interpretation.InterpretationDraft;
import org.gongkai.interpretation.InterpretationForm;
import org.gongkai.interpretation.InterpretationTasks;
import org.gongkai.interpretation.Interpretations;
import org.gongkai.interpretation.TaskView;
import org.springframework.beans.BeanWrapperImpl;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console: the interpretation tasks of the member's unit (all units for the disclosure office): due, overdue, waiver
 * requests, published late; a task's page to ask that no interpretation be needed or, for the office, to decide;
 * and the form that creates an interpretation with its catalogue draft, after which the editor continues on the
 * draft's own console page (submit, review, publish).
 */
@Controller
@RequestMapping("/admin/interpretations")
class InterpretationConsole {

	private static final int MINE_SHOWN = 30;

	private final Interpretations interpretations;

	private final InterpretationTasks tasks;

	private final DocumentWorkflow workflow;

	private final UnitManagement units;

	InterpretationConsole(Interpretations interpretations, InterpretationTasks tasks, DocumentWorkflow workflow,
			UnitManagement units) {
		this.interpretations = interpretations;
		this.tasks = tasks;
		this.workflow = workflow;
		this.units = units;
	}

	/** What the waiver and decision forms carry. */
	record WaiverForm(String reason) {
	}

	record DecisionForm(Boolean approve, String note) {
	}

	@GetMapping
	String board(Model model) {
		Me me = CurrentStaff.require();
		model.addAttribute("board", tasks.board(me));
		model.addAttribute("mine", interpretations.staffList(me, MINE_SHOWN));
		model.addAttribute("unitNames", units.all().stream()
			.collect(java.util.stream.Collectors.toMap(UnitView::id, UnitView::name)));
		return "interpretation/console/tasks";
	}

	@GetMapping("/tasks/{id}")
	String task(@PathVariable long id, Model model) {
		return taskPage(CurrentStaff.require(), id, new WaiverForm(""), new DecisionForm(null, ""), model);
	}

	@PostMapping("/tasks/{id}/waiver")
	String requestWaiver(@PathVariable long id, @ModelAttribute("waiverForm") WaiverForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		try {
			tasks.requestWaiver(me, id, form.reason());
			redirect.addFlashAttribute("flash", Notice.of("interpretation.waiver.requested"));
			return "redirect:/admin/interpretations/tasks/" + id;
		}
		catch (RuleViolation ex) {
			ex.applyTo(errors);
			response.setStatus(ex.status().value());
			return taskPage(me, id, form, new DecisionForm(null, ""), model);
		}
	}

	@PostMapping("/tasks/{id}/decision")
	String decide(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		try {
			boolean approve = Boolean.TRUE.equals(form.approve());
			tasks.decideWaiver(me, id, approve, form.note());
			redirect.addFlashAttribute("flash",
					Notice.of(approve ? "interpretation.waiver.approved" : "interpretation.waiver.refused"));
			return "redirect:/admin/interpretations/tasks/" + id;
		}
		catch (RuleViolation ex) {
			ex.applyTo(errors);
			response.setStatus(ex.status().value());
			return taskPage(me, id, new WaiverForm(""), form, model);
		}
	}

	@GetMapping("/new")
	String newInterpretation(@RequestParam(required = false) Long policy, Model model) {
		Me me = CurrentStaff.require();
		model.addAttribute("interpretationForm", InterpretationDraft.empty(policy));
		return form(me, policy, model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("interpretationForm") InterpretationDraft draft, BindingResult errors,
			@RequestParam(required = false) MultipartFile image, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		Me me = CurrentStaff.require();
		if (!errors.hasErrors()) {
			try {
				Interpretations.Image upload = image == null || image.isEmpty() ? null
						: new Interpretations.Image(image.getOriginalFilename(), image.getBytes());
				Interpretations.Created created = interpretations.create(me, draft, upload);
				redirect.addFlashAttribute("flash", Notice.of("interpretation.created", draft.title().strip()));
				return "redirect:/admin/documents/" + created.documentId();
			}
			catch (RuleViolation ex) {
				show(ex, errors, model);
				response.setStatus(ex.status().value());
				return form(me, draft.policyId(), model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(me, draft.policyId(), model);
	}

	private String taskPage(Me me, long id, WaiverForm waiver, DecisionForm decision, Model model) {
		TaskView task = tasks.task(me, id);
		model.addAttribute("task", task);
		model.addAttribute("mayRequest", task.status().name().equals("OPEN") && workflow.mayEdit(me, task.unitId()));
		model.addAttribute("mayDecide", InterpretationTasks.mayDecideWaiver(me, task));
		model.addAttribute("ownWaiver", task.status().name().equals("WAIVER_REQUESTED") && me.office()
				&& !InterpretationTasks.mayDecideWaiver(me, task));
		model.addAttribute("mayInterpret", task.status().pending() && workflow.mayEdit(me, task.unitId()));
		if (!model.containsAttribute("waiverForm")) {
			model.addAttribute("waiverForm", waiver);
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", decision);
		}
		return "interpretation/console/task";
	}

	private String form(Me me, Long policyId, Model model) {
		DocumentView policy = null;
		if (policyId != null) {
			try {
				policy = interpretations.policy(policyId);
			}
			catch (RuleViolation ex) {
				policy = null;
			}
		}
		model.addAttribute("policy", policy);
		model.addAttribute("forms", InterpretationForm.values());
		model.addAttribute("units", me.office() || me.admin() ? units.active()
				: List.of(units.get(me.unitId())));
		model.addAttribute("qaRows", InterpretationDraft.QA_ROWS);
		return "interpretation/console/form";
	}

	/** A refusal next to its field when the form has one, else above the form; 403 and 404 go to the error page. */
	private static void show(RuleViolation ex, BindingResult errors, Model model) {
		if (ex.field() != null && !new BeanWrapperImpl(errors.getTarget()).isReadableProperty(ex.field())) {
			model.addAttribute("fieldError", ex);
			new RuleViolation(ex.status(), ex.messageKey(), null, ex.arguments()).applyTo(errors);
			return;
		}
		ex.applyTo(errors);
	}

}

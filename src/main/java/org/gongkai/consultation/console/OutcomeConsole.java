package org.gongkai.consultation.console;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.consultation.Adoption;
import org.gongkai.consultation.CommentStatus;
import org.gongkai.consultation.CommentView;
import org.gongkai.consultation.ConsultationAccess;
import org.gongkai.consultation.ConsultationStatus;
import org.gongkai.consultation.ConsultationView;
import org.gongkai.consultation.ConsultationView.OpinionGroupView;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.OpinionGroupForm;
import org.gongkai.consultation.OutcomeForm;
import org.gongkai.consultation.Outcomes;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.context.MessageSource;
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
 * Console: the feedback after closing (意见采纳情况). The drafting unit groups the approved opinions, records for
 * each group whether it was adopted and why not, writes the overall text, links the final decision document of the
 * catalogue (looked up by index number or id) and publishes it; a refusal (before closing, comments still pending
 * or in no group) is shown on the page.
 */
@Controller
@RequestMapping("/admin/consultations/{id:\\d+}/outcome")
class OutcomeConsole {

	static final String VIEW = "consultation/console/outcome";

	static final String GROUP = "consultation/console/group";

	private final Consultations consultations;

	private final Outcomes outcomes;

	private final FinalDocuments documents;

	private final MessageSource messages;

	OutcomeConsole(Consultations consultations, Outcomes outcomes, FinalDocuments documents, MessageSource messages) {
		this.consultations = consultations;
		this.outcomes = outcomes;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable long id, @RequestParam(required = false) String document, Model model) {
		Me me = CurrentStaff.require();
		if (document != null && !document.isBlank()) {
			model.addAttribute("lookup", document.strip());
			model.addAttribute("found", documents.find(document).orElse(null));
		}
		return render(me, id, model);
	}

	@PostMapping("/groups")
	String addGroup(@PathVariable long id, @Valid @ModelAttribute("groupForm") OpinionGroupForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return act(errors, model, response, redirect, id, () -> render(me, id, model), () -> {
			outcomes.addGroup(me, id, form);
			return Notice.of("cc.outcome.groupAdded");
		});
	}

	@GetMapping("/groups/{groupId:\\d+}")
	String group(@PathVariable long id, @PathVariable long groupId, Model model) {
		Me me = CurrentStaff.require();
		OpinionGroupView group = group(consultations.staffView(me, id), groupId);
		model.addAttribute("groupForm",
				new OpinionGroupForm(group.summary(), group.adoption(), group.reason(), group.commentIds()));
		return renderGroup(me, id, groupId, model);
	}

	@PostMapping("/groups/{groupId:\\d+}")
	String updateGroup(@PathVariable long id, @PathVariable long groupId,
			@Valid @ModelAttribute("groupForm") OpinionGroupForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return act(errors, model, response, redirect, id, () -> renderGroup(me, id, groupId, model), () -> {
			outcomes.updateGroup(me, id, groupId, form);
			return Notice.of("cc.outcome.groupSaved");
		});
	}

	@PostMapping("/groups/{groupId:\\d+}/delete")
	String removeGroup(@PathVariable long id, @PathVariable long groupId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return act(null, model, response, redirect, id, () -> render(me, id, model), () -> {
			outcomes.removeGroup(me, id, groupId);
			return Notice.of("cc.outcome.groupRemoved");
		});
	}

	@PostMapping
	String save(@PathVariable long id, @Valid @ModelAttribute("outcomeForm") ConsoleForms.Outcome form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return act(errors, model, response, redirect, id, () -> render(me, id, model), () -> {
			outcomes.saveOutcome(me, id, new OutcomeForm(form.summary(), form.finalDocumentId()));
			return Notice.of("cc.outcome.saved");
		});
	}

	@PostMapping("/publish")
	String publish(@PathVariable long id, @RequestParam long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return act(null, model, response, redirect, id, () -> render(me, id, model), () -> {
			outcomes.publish(me, id, version);
			return Notice.of("cc.outcome.published");
		});
	}

	private String act(BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect,
			long id, Supplier<String> page, Supplier<Notice> step) {
		if (errors != null && errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page.get();
		}
		try {
			redirect.addFlashAttribute("flash", step.get());
			return "redirect:/admin/consultations/" + id + "/outcome";
		}
		catch (RuleViolation ex) {
			Refusals.show(ex, errors, model, messages);
			response.setStatus(ex.status().value());
			return page.get();
		}
	}

	private String render(Me me, long id, Model model) {
		ConsultationView view = common(me, id, model);
		if (!model.containsAttribute("groupForm")) {
			model.addAttribute("groupForm", new OpinionGroupForm("", null, "", List.of()));
		}
		if (!model.containsAttribute("outcomeForm")) {
			Object found = model.getAttribute("found");
			Long document = found instanceof DocumentView d ? Long.valueOf(d.id())
					: view.outcome().finalDocumentId();
			model.addAttribute("outcomeForm", new ConsoleForms.Outcome(view.outcome().summary(), document));
		}
		return VIEW;
	}

	private String renderGroup(Me me, long id, long groupId, Model model) {
		ConsultationView view = common(me, id, model);
		model.addAttribute("group", group(view, groupId));
		return GROUP;
	}

	private ConsultationView common(Me me, long id, Model model) {
		ConsultationView view = consultations.staffView(me, id);
		List<CommentView> approved = ModerationConsole.all(view)
			.stream()
			.filter(c -> c.status() == CommentStatus.APPROVED)
			.toList();
		Map<Long, Integer> positions = view.outcome()
			.groups()
			.stream()
			.collect(Collectors.toMap(OpinionGroupView::id, OpinionGroupView::position));
		model.addAttribute("consultation", view);
		model.addAttribute("approved", approved);
		model.addAttribute("ungrouped", approved.stream().filter(c -> c.groupId() == null).toList());
		model.addAttribute("pending", ModerationConsole.all(view).stream()
			.filter(c -> c.status() == CommentStatus.PENDING).count());
		model.addAttribute("positions", positions);
		model.addAttribute("adoptions", Adoption.values());
		model.addAttribute("canEdit", ConsultationAccess.canEdit(me, view.unitId())
				&& view.status() == ConsultationStatus.PUBLISHED);
		return view;
	}

	private static OpinionGroupView group(ConsultationView view, long groupId) {
		return view.outcome()
			.groups()
			.stream()
			.filter(g -> g.id() == groupId)
			.findFirst()
			.orElseThrow(() -> RuleViolation.notFound("consultation.group.notFound"));
	}

}

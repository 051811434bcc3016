package org.gongkai.consultation.decisions;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.consultation.DecisionProcedure;
import org.gongkai.consultation.DecisionRecords;
import org.gongkai.consultation.DecisionStepForm;
import org.gongkai.consultation.DecisionStepView;
import org.gongkai.consultation.MajorDecisionView;
import org.gongkai.consultation.MajorDecisions;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console: one procedure of a major decision: its record (date, unit, what was done; or not applicable with the
 * reason) and its evidence files (upload, remove, download). Refusals come back next to their field.
 */
@Controller
@RequestMapping("/admin/decisions")
class DecisionProcedureConsole {

	static final String VIEW = "consultation/decisions/console/procedure";

	private final MajorDecisions decisions;

	private final DecisionRecords records;

	private final DataSize maxEvidenceSize;

	DecisionProcedureConsole(MajorDecisions decisions, DecisionRecords records,
			@Value("${gongkai.decisions.max-evidence-size:20MB}") DataSize maxEvidenceSize) {
		this.decisions = decisions;
		this.records = records;
		this.maxEvidenceSize = maxEvidenceSize;
	}

	@GetMapping("/{id}/procedures/{slug}")
	String page(@PathVariable long id, @PathVariable String slug, Model model) {
		Me me = CurrentStaff.require();
		MajorDecisionView decision = records.staffDecision(me, id);
		DecisionStepView step = step(decision, DecisionProcedure.ofSlug(slug));
		model.addAttribute("stepForm", DecisionStepForm.of(step, decision.unitName()));
		model.addAttribute("uploadForm", DecisionUpload.empty());
		return render(me, decision, step, model);
	}

	@PostMapping("/{id}/procedures/{slug}")
	String record(@PathVariable long id, @PathVariable String slug,
			@Valid @ModelAttribute("stepForm") DecisionStepForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		DecisionProcedure procedure = DecisionProcedure.ofSlug(slug);
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (!errors.hasErrors()) {
			try {
				decisions.record(me, id, procedure, form);
				redirect.addFlashAttribute("flash", Notice.of("decisions.console.procedure.recorded"));
				return "redirect:/admin/decisions/" + id + "/procedures/" + procedure.slug();
			}
			catch (RuleViolation ex) {
				ex.applyTo(errors);
				status = ex.status();
			}
		}
		response.setStatus(status.value());
		model.addAttribute("uploadForm", DecisionUpload.empty());
		MajorDecisionView decision = records.staffDecision(me, id);
		return render(me, decision, step(decision, procedure), model);
	}

	@PostMapping("/{id}/procedures/{slug}/evidence")
	String upload(@PathVariable long id, @PathVariable String slug, @ModelAttribute("uploadForm") DecisionUpload form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		DecisionProcedure procedure = DecisionProcedure.ofSlug(slug);
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (form.file() == null || form.file().isEmpty()) {
			errors.rejectValue("file", "decision.evidence.empty");
		}
		else {
			try {
				String name = form.file().getOriginalFilename();
				decisions.attach(me, id, procedure, name, bytes(form));
				redirect.addFlashAttribute("flash", Notice.of("decisions.console.evidence.added", name));
				return "redirect:/admin/decisions/" + id + "/procedures/" + procedure.slug();
			}
			catch (RuleViolation ex) {
				ex.applyTo(errors);
				status = ex.status();
			}
		}
		return refusedUpload(me, id, procedure, status, model, response);
	}

	@PostMapping("/{id}/evidence/{evidenceId}/delete")
	String remove(@PathVariable long id, @PathVariable long evidenceId, @RequestParam String procedure,
			RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		decisions.removeEvidence(me, evidenceId);
		redirect.addFlashAttribute("flash", Notice.of("decisions.console.evidence.removed"));
		return "redirect:/admin/decisions/" + id + "/procedures/" + DecisionProcedure.ofSlug(procedure).slug();
	}

	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<InputStreamResource> download(@PathVariable long evidenceId) throws IOException {
		return EvidenceDownloads.body(records.staffEvidence(CurrentStaff.require(), evidenceId));
	}

	/** Over the server's multipart limit the parts are never read: the page again, 413 next to the file field. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Map<?, ?> variables = Optional.ofNullable(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
			.filter(Map.class::isInstance)
			.map(Map.class::cast)
			.orElseThrow(() -> ex);
		if (!(variables.get("id") instanceof String id) || !id.matches("\\d{1,18}")
				|| !(variables.get("slug") instanceof String slug)) {
			throw ex;
		}
		DecisionUpload form = DecisionUpload.empty();
		BindingResult errors = new BeanPropertyBindingResult(form, "uploadForm");
		model.addAttribute("uploadForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "uploadForm", errors);
		errors.rejectValue("file", "decision.evidence.tooLarge", new Object[] { maxEvidenceSize.toMegabytes() }, null);
		return refusedUpload(CurrentStaff.require(), Long.parseLong(id), DecisionProcedure.ofSlug(slug),
				HttpStatus.PAYLOAD_TOO_LARGE, model, response);
	}

	private String refusedUpload(Me me, long id, DecisionProcedure procedure, HttpStatus status, Model model,
			HttpServletResponse response) {
		response.setStatus(status.value());
		MajorDecisionView decision = records.staffDecision(me, id);
		DecisionStepView step = step(decision, procedure);
		model.addAttribute("stepForm", DecisionStepForm.of(step, decision.unitName()));
		return render(me, decision, step, model);
	}

	private String render(Me me, MajorDecisionView decision, DecisionStepView step, Model model) {
		model.addAttribute("decision", decision);
		model.addAttribute("step", step);
		model.addAttribute("canEdit", decision.draft() && MajorDecisions.canEdit(me, decision.unitId()));
		model.addAttribute("maxEvidenceMb", maxEvidenceSize.toMegabytes());
		return VIEW;
	}

	private static DecisionStepView step(MajorDecisionView decision, DecisionProcedure procedure) {
		return decision.steps().stream().filter(s -> s.procedure() == procedure).findFirst().orElseThrow();
	}

	private static byte[] bytes(DecisionUpload form) {
		try {
			return form.file().getBytes();
		}
		catch (IOException ex) {
			throw RuleViolation.invalid("file", "decision.evidence.unreadable");
		}
	}

}

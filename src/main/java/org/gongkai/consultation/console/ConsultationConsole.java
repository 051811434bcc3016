package org.gongkai.consultation.console;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.consultation.ConsultationAccess;
import org.gongkai.consultation.ConsultationProperties;
import org.gongkai.consultation.ConsultationStatus;
import org.gongkai.consultation.ConsultationView;
import org.gongkai.consultation.Consultations;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
 * Console: a consultation's staff page with the draft as parsed into articles, its files (upload, remove) and the
 * confidentiality review that publishes it, offered to the unit's reviewers and the office but not the author; to
 * anyone else the page says why it is not theirs to publish.
 */
@Controller
@RequestMapping("/admin/consultations/{id:\\d+}")
class ConsultationConsole {

	static final String VIEW = "consultation/console/consultation";

	private final Consultations consultations;

	private final ConsultationProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	ConsultationConsole(Consultations consultations, ConsultationProperties properties, MessageSource messages,
			Clock clock) {
		this.consultations = consultations;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		return render(CurrentStaff.require(), id, model);
	}

	@PostMapping("/publish")
	String publish(@PathVariable long id, @RequestParam long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return act(me, id, null, model, response, redirect, () -> {
			consultations.publish(me, id, version);
			return Notice.of("cc.consultation.published");
		});
	}

	@PostMapping("/files")
	String upload(@PathVariable long id, @ModelAttribute("uploadForm") ConsoleForms.Upload form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		if (form.file() == null || form.file().isEmpty()) {
			errors.rejectValue("file", "consultation.file.empty");
		}
		return act(me, id, errors, model, response, redirect, () -> {
			String name = form.file().getOriginalFilename();
			consultations.attach(me, id, name, form.file().getContentType(), bytes(form));
			return Notice.of("cc.file.added", name);
		});
	}

	@GetMapping("/files/{fileId:\\d+}")
	ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) throws IOException {
		return consultations.staffFile(CurrentStaff.require(), id, fileId).asAttachment();
	}

	@PostMapping("/files/{fileId:\\d+}/delete")
	String remove(@PathVariable long id, @PathVariable long fileId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Me me = CurrentStaff.require();
		return act(me, id, null, model, response, redirect, () -> {
			consultations.removeFile(me, id, fileId);
			return Notice.of("cc.file.removed");
		});
	}

	/** Over the server's multipart limit the parts are never read: the page again, 413 at the upload field. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (!(variables instanceof Map<?, ?> map && map.get("id") instanceof String id && id.matches("\\d{1,18}"))) {
			throw ex;
		}
		ConsoleForms.Upload form = ConsoleForms.Upload.empty();
		BindingResult errors = new BeanPropertyBindingResult(form, "uploadForm");
		model.addAttribute("uploadForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "uploadForm", errors);
		RuleViolation violation = new RuleViolation(HttpStatus.PAYLOAD_TOO_LARGE, "consultation.file.tooLarge", "file",
				properties.maxFileSize().toMegabytes());
		Refusals.show(violation, errors, model, messages);
		response.setStatus(violation.status().value());
		return render(CurrentStaff.require(), Long.parseLong(id), model);
	}

	private String act(Me me, long id, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Supplier<Notice> step) {
		if (errors != null && errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return render(me, id, model);
		}
		try {
			redirect.addFlashAttribute("flash", step.get());
			return "redirect:/admin/consultations/" + id;
		}
		catch (RuleViolation ex) {
			Refusals.show(ex, errors, model, messages);
			response.setStatus(ex.status().value());
			return render(me, id, model);
		}
	}

	private String render(Me me, long id, Model model) {
		ConsultationView view = consultations.staffView(me, id);
		LocalDate today = LocalDate.now(clock);
		boolean canEdit = ConsultationAccess.canEdit(me, view.unitId());
		model.addAttribute("consultation", view);
		model.addAttribute("canEdit", canEdit && (view.status() == ConsultationStatus.DRAFT
				|| ConsultationFormConsole.datesEditable(view)));
		model.addAttribute("canAttach", canEdit
				&& view.status() != ConsultationStatus.CONCLUDED);
		model.addAttribute("canOutcome", canEdit && view.status() != ConsultationStatus.DRAFT);
		model.addAttribute("publishRefusal", ConsultationAccess.publishRefusal(me, view, today).orElse(null));
		model.addAttribute("maxFileMb", properties.maxFileSize().toMegabytes());
		if (!model.containsAttribute("uploadForm")) {
			model.addAttribute("uploadForm", ConsoleForms.Upload.empty());
		}
		return VIEW;
	}

	private static byte[] bytes(ConsoleForms.Upload form) {
		try {
			return form.file().getBytes();
		}
		catch (IOException ex) {
			throw RuleViolation.invalid("file", "cc.file.unreadable");
		}
	}

}

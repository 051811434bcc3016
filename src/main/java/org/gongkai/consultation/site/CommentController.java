package org.gongkai.consultation.site;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.gongkai.common.RateLimiter;
import org.gongkai.common.RuleViolation;
import org.gongkai.consultation.CommentForm;
import org.gongkai.consultation.CommentReceipt;
import org.gongkai.consultation.Comments;
import org.gongkai.consultation.PublicConsultations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Commenting on a draft from its page. A comment received leads to the receipt with the status code, carried there
 * once (a flash attribute): reloading the receipt does not show the code again. A refused comment shows the page
 * again with the messages by field and what was typed; a comment after closing (or before opening) is refused with
 * the reason on the page.
 */
@Controller
class CommentController {

	static final String RATE_LIMIT = "comment";

	private final Comments comments;

	private final PublicConsultations consultations;

	private final ConsultationPageModel page;

	private final RateLimiter rateLimiter;

	CommentController(Comments comments, PublicConsultations consultations, ConsultationPageModel page,
			RateLimiter rateLimiter) {
		this.comments = comments;
		this.consultations = consultations;
		this.page = page;
		this.rateLimiter = rateLimiter;
	}

	@PostMapping("/consultations/{id}/comments")
	String submit(@PathVariable long id, @Valid @ModelAttribute(ConsultationPageModel.FORM) CommentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		rateLimiter.check(RATE_LIMIT);
		if (!errors.hasErrors()) {
			try {
				CommentReceipt receipt = comments.submit(id, form);
				redirect.addFlashAttribute("receipt", receipt);
				return "redirect:/consultations/" + id + "/comments/receipt";
			}
			catch (RuleViolation ex) {
				if (ex.status() == HttpStatus.CONFLICT) {
					model.addAttribute("refusal", ex);
					response.setStatus(HttpStatus.CONFLICT.value());
					return page.again(id, model);
				}
				ex.applyTo(errors);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("formErrors", true);
		return page.again(id, model);
	}

	/** The receipt: the code the first time only; afterwards how to look the comment up with the code noted. */
	@GetMapping("/consultations/{id}/comments/receipt")
	String receipt(@PathVariable long id, Model model, HttpServletResponse response) {
		NoStore.set(response);
		model.addAttribute("consultationTitle", consultations.title(id).orElseThrow(() -> RuleViolation.notFound("consultation.notFound")));
		model.addAttribute("consultationId", id);
		return "consultation/site/receipt";
	}

}

package org.gongkai.consultation.site;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongkai.common.RateLimiter;
import org.gongkai.common.RuleViolation;
import org.gongkai.consultation.Comments;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A commenter looks up their comment with the status code (意见查询): the comment, its article, whether it is
 * public (or why not) and the drafting unit's reply. The code is sent by POST, so it lands in no address bar or
 * log; every look-up counts against {@code comment-status}, so codes cannot be guessed.
 */
@Controller
class CommentStatusController {

	static final String RATE_LIMIT = "comment-status";

	private static final String VIEW = "consultation/site/status";

	private static final String FORM = "statusForm";

	private final Comments comments;

	private final RateLimiter rateLimiter;

	CommentStatusController(Comments comments, RateLimiter rateLimiter) {
		this.comments = comments;
		this.rateLimiter = rateLimiter;
	}

	/** The status code of a comment, as the receipt gave it. */
	record StatusForm(@NotBlank @Size(max = 20) String code) {
	}

	@GetMapping("/consultations/comments/status")
	String form(Model model, HttpServletResponse response) {
		NoStore.set(response);
		model.addAttribute(FORM, new StatusForm(""));
		return VIEW;
	}

	@PostMapping("/consultations/comments/status")
	String lookUp(@Valid @ModelAttribute(FORM) StatusForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		NoStore.set(response);
		rateLimiter.check(RATE_LIMIT);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return VIEW;
		}
		try {
			model.addAttribute("status", comments.status(form.code().strip()));
		}
		catch (RuleViolation ex) {
			errors.rejectValue(ex.field() == null ? "code" : ex.field(), ex.messageKey(), ex.arguments(),
					ex.messageKey());
			response.setStatus(ex.status().value());
		}
		return VIEW;
	}

}

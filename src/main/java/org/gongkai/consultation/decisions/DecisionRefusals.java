package org.gongkai.consultation.decisions;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused request on a decision console page (another unit's record, a missing one, a published one): the
 * 403, 404 or 409 page that says why, instead of the generic error page.
 */
@ControllerAdvice(assignableTypes = { DecisionConsole.class, DecisionProcedureConsole.class })
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class DecisionRefusals {

	static final String VIEW = "consultation/decisions/console/refused";

	private final MessageSource messages;

	DecisionRefusals(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RuleViolation.class)
	String refused(RuleViolation ex, HttpServletResponse response, Model model) {
		response.setStatus(ex.status().value());
		model.addAttribute("status", ex.status().value());
		model.addAttribute("reason", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
				LocaleContextHolder.getLocale()));
		return VIEW;
	}

}

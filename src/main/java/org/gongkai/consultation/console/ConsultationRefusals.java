package org.gongkai.consultation.console;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused request on a consultation console page (another unit's consultation, a missing one, a step in the
 * wrong state outside a form): the page that says why, with its status, instead of the generic error page.
 */
@ControllerAdvice(assignableTypes = { ConsultationListConsole.class, ConsultationFormConsole.class,
		ConsultationConsole.class, ModerationConsole.class, OutcomeConsole.class, SensitiveWordsConsole.class })
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ConsultationRefusals {

	private final MessageSource messages;

	ConsultationRefusals(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RuleViolation.class)
	String refused(RuleViolation ex, HttpServletResponse response, Model model) {
		response.setStatus(ex.status().value());
		model.addAttribute("status", ex.status().value());
		model.addAttribute("reason", Refusals.message(ex, messages));
		return "consultation/console/refused";
	}

}

package org.gongkai.catalogue.console;

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
 * A refused request on a catalogue console page (another unit's document, a missing one): the 403 or 404 page
 * that says why, instead of the generic error page.
 */
@ControllerAdvice(assignableTypes = { DocumentConsole.class, DocumentFormConsole.class, WorkflowConsole.class,
		AttachmentConsole.class })
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ConsoleRefusals {

	private final MessageSource messages;

	ConsoleRefusals(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RuleViolation.class)
	String refused(RuleViolation ex, HttpServletResponse response, Model model) {
		RuleViolation readable = Violations.readable(ex);
		response.setStatus(readable.status().value());
		model.addAttribute("status", readable.status().value());
		model.addAttribute("reason", messages.getMessage(Violations.resolvable(readable), LocaleContextHolder.getLocale()));
		return "catalogue/console/refused";
	}

}

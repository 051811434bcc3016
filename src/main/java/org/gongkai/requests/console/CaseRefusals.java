package org.gongkai.requests.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.gongkai.common.RuleViolation;

/**
 * A refused request on a requests console page (not allowed to see applications, another unit's case, the office
 * head's approval by someone else): the 403 or 404 page that says why.
 */
@ControllerAdvice(assignableTypes = { InboxConsole.class, CaseConsole.class, ClockConsole.class,
		AnswerConsole.class, AppealConsole.class, RegistrationConsole.class })
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class CaseRefusals {

	private final MessageSource messages;

	CaseRefusals(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RuleViolation.class)
	String refused(RuleViolation ex, HttpServletResponse response, Model model) {
		response.setStatus(ex.status().value());
		model.addAttribute("status", ex.status().value());
		model.addAttribute("reason", messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.arguments(), ex.messageKey()),
				LocaleContextHolder.getLocale()));
		return "requests/console/refused";
	}

}

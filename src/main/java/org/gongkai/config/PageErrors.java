package org.gongkai.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.RateLimited;
import org.gongkai.common.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused or missing object on an HTML page: the error page of its status, inside the layout. The one handler of
 * every module's {@link RuleViolation} on a page (modules keep their own only for a form that shows the violation
 * next to its field).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** Too many requests: the site's page saying when to try again, and the same wait in {@code Retry-After}. */
	@ExceptionHandler(RateLimited.class)
	ModelAndView rateLimited(RateLimited ex, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		ModelAndView page = new ModelAndView("error/429", HttpStatus.TOO_MANY_REQUESTS);
		page.addObject("retryAfterMinutes", ex.retryAfterMinutes());
		return page;
	}

	/** The database could not give a row lock in time: nothing was kept, the reader may send the form again. */
	@ExceptionHandler(PessimisticLockingFailureException.class)
	ModelAndView busy(PessimisticLockingFailureException ex, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ApiProblems.BUSY_RETRY_AFTER_SECONDS));
		return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
	}

	/**
	 * A refused request: in the console, the page saying why (the violation's message, its enum arguments in words)
	 * with a way back to the menu entry the page belongs to; on the public site the error page of its status,
	 * which names no reason (a reason could tell a stranger what exists).
	 */
	@ExceptionHandler(RuleViolation.class)
	String ruleViolation(RuleViolation ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		int status = ex.status().value();
		response.setStatus(status);
		if (Refusals.inConsole(request)) {
			model.addAttribute("status", status);
			model.addAttribute("reason", messages.getMessage(Refusals.readable(ex), LocaleContextHolder.getLocale()));
			model.addAttribute("back", Refusals.back(request));
			return "error/refused";
		}
		return switch (status) {
			case 403, 404 -> "error/" + status;
			default -> "error/400";
		};
	}

}

package org.gongkai.config;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.RateLimited;
import org.gongkai.common.RuleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refused or missing object on an HTML page: the error page of its status, inside the layout. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

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

	@ExceptionHandler(RuleViolation.class)
	String ruleViolation(RuleViolation ex, HttpServletResponse response) {
		int status = ex.status().value();
		response.setStatus(status);
		return switch (status) {
			case 403, 404 -> "error/" + status;
			default -> "error/400";
		};
	}

}

package org.gongkai.config;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.RuleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A refused or missing object on an HTML page: the error page of its status, inside the layout. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

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

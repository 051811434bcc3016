package org.gongkai.config;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The access-denied page of the console (Spring Security forwards here), inside the layout. Every method: a
 * forged or missing CSRF token on a POST is forwarded here as that POST, and must answer 403, not 405.
 */
@Controller
class ErrorPages {

	@RequestMapping("/error/403")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "error/403";
	}

}

package org.gongkai.config;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The access-denied page of the console (Spring Security forwards here), inside the layout. */
@Controller
class ErrorPages {

	@GetMapping("/error/403")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "error/403";
	}

}

package org.gongkai.config;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.ui.Model;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The access-denied page of the console (Spring Security forwards here), inside the layout. Every method: a
 * forged or missing CSRF token on a POST is forwarded here as that POST, and must answer 403, not 405.
 */
@Controller
class ErrorPages {

	/**
	 * A refused CSRF token is almost always a form left open past its session, not an attack: the page says so
	 * and asks for a reload, instead of telling a signed-in member they lack a permission.
	 */
	@RequestMapping("/error/403")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(HttpServletRequest request, Model model) {
		model.addAttribute("staleForm", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
		return "error/403";
	}

}

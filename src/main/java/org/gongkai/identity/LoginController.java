package org.gongkai.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page; Spring Security processes the form. */
@Controller
class LoginController {

	@GetMapping("/admin/login")
	String login() {
		return CurrentStaff.me().isPresent() ? "redirect:/admin" : "identity/login";
	}

}

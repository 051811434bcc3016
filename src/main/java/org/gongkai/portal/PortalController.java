package org.gongkai.portal;

import java.util.Arrays;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, and for each section not yet built by its own module a page that says what it will hold
 * and how to reach the disclosure office meanwhile. A module that serves a section's path takes it over.
 */
@Controller
class PortalController {

	@GetMapping("/")
	String home() {
		return "portal/home";
	}

	@GetMapping({ "/powers", "/services", "/data", "/interaction", "/annual-reports" })
	String section(jakarta.servlet.http.HttpServletRequest request, Model model) {
		String path = request.getServletPath();
		Section section = Arrays.stream(Section.values())
			.filter(s -> s.path().equals(path))
			.findFirst()
			.orElseThrow();
		model.addAttribute("section", section);
		return "portal/section";
	}

}

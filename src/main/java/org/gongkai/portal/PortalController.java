package org.gongkai.portal;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.DisplaySwitches;
import org.gongkai.identity.CurrentStaff;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, and for each section not yet built by its own module a page that says what it will hold
 * and how to reach the disclosure office meanwhile. A module that serves a section's path takes it over.
 */
@Controller
class PortalController {

	/** The home page changes only with a release: anonymous readers may get it from any cache for a minute. */
	@GetMapping("/")
	String home(HttpServletRequest request, HttpServletResponse response) {
		if (CurrentStaff.me().isEmpty() && !DisplaySwitches.switching(request)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
			response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		}
		return "portal/home";
	}

	@GetMapping({ "/powers", "/services", "/data", "/interaction", "/annual-reports" })
	String section(HttpServletRequest request, Model model) {
		String path = request.getServletPath();
		Section section = Arrays.stream(Section.values())
			.filter(s -> s.path().equals(path))
			.findFirst()
			.orElseThrow();
		model.addAttribute("section", section);
		return "portal/section";
	}

}

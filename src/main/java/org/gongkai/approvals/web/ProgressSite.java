package org.gongkai.approvals.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongkai.approvals.ApprovalProgress;
import org.gongkai.approvals.ProgressView;
import org.gongkai.common.RateLimiter;

/**
 * 办件进度查询: the applicant looks a case up with its number and query code, sent by POST so that the code lands in
 * no address bar or log. An unknown number, a wrong code and a blank field all get the same page, status and
 * wording, so nobody learns which numbers exist; each try counts against the rate limit.
 */
@Controller
@RequestMapping("/approvals/progress")
class ProgressSite {

	static final String VIEW = "approvals/site/progress";

	private final ApprovalProgress progress;

	private final RateLimiter rateLimiter;

	ProgressSite(ApprovalProgress progress, RateLimiter rateLimiter) {
		this.progress = progress;
		this.rateLimiter = rateLimiter;
	}

	/** The lookup's form. */
	record LookupForm(String caseNumber, String queryCode) {
	}

	@GetMapping
	String form(@RequestParam(required = false) String number, Model model, HttpServletResponse response) {
		noStore(response);
		model.addAttribute("lookupForm", new LookupForm(number == null ? "" : number.strip(), ""));
		return VIEW;
	}

	@PostMapping
	String lookup(@ModelAttribute("lookupForm") LookupForm form, Model model, HttpServletResponse response) {
		noStore(response);
		rateLimiter.check(ProgressLimit.NAME);
		Optional<ProgressView> found = progress.lookup(form.caseNumber(), form.queryCode());
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("notFound", true);
			model.addAttribute("lookupForm", new LookupForm(form.caseNumber(), ""));
			return VIEW;
		}
		model.addAttribute("view", found.get());
		model.addAttribute("lookupForm", new LookupForm(form.caseNumber(), ""));
		return VIEW;
	}

	/** Case data: never stored by a browser or a shared cache. */
	static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Pragma", "no-cache");
	}

}

package org.gongkai.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console: browse, verify and export the audit log (system administrators and the disclosure office). */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog log;

	private final ApplicationEventPublisher events;

	AuditController(AuditLog log, ApplicationEventPublisher events) {
		this.log = log;
		this.events = events;
	}

	/**
	 * The log, newest first, filtered by lists of what it holds (actions, units) and dates. A date that cannot be
	 * read, or a range that ends before it starts, is said above the table (400) and the dates are left out.
	 */
	@GetMapping
	String list(@ModelAttribute("query") AuditQuery query, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
		AuditQuery applied = query == null ? AuditQuery.all() : query;
		boolean backwards = applied.from() != null && applied.to() != null && applied.to().isBefore(applied.from());
		if (errors.hasErrors() || backwards) {
			model.addAttribute("filterError", errors.hasErrors() ? "audit.filter.badDate" : "audit.filter.badRange");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			applied = applied.withoutDates();
			model.addAttribute("query", applied);
		}
		model.addAttribute("rows", log.search(applied, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("actions", log.actions());
		model.addAttribute("units", log.actorUnits());
		return "audit/log";
	}

	@PostMapping("/verify")
	String verify(RedirectAttributes redirect) {
		ChainVerification result = log.verify();
		redirect.addFlashAttribute("verification", result);
		return "redirect:/admin/audit";
	}

	@GetMapping("/export.csv")
	void export(@ModelAttribute("query") AuditQuery query, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("audit-log.csv", StandardCharsets.UTF_8).build().toString());
		events.publishEvent(AuditEvent.of("audit.exported", "AuditLog", null, "exported " + describe(query)));
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		log.exportCsv(query, out);
		out.flush();
	}

	private static String describe(AuditQuery q) {
		return "actor=" + q.actor() + ", unit=" + q.actorUnit() + ", action=" + q.action() + ", type="
				+ q.objectType() + ", from=" + q.from() + ", to=" + q.to();
	}

}

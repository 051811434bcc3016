package org.gongkai.approvals.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.gongkai.approvals.ApprovalPermissions;
import org.gongkai.approvals.CaseImport;
import org.gongkai.approvals.ImportReport;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;

/**
 * Console: import cases from CSV or XLSX (check first, then import); every bad row listed and nothing imported
 * while one is bad. The query codes of the imported cases are shown this once.
 */
@Controller
@RequestMapping("/admin/approvals/import")
class ApprovalImportConsole {

	private static final String VIEW = "approvals/console/import";

	private final CaseImport imports;

	private final MessageSource messages;

	ApprovalImportConsole(CaseImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String form() {
		if (!ApprovalPermissions.mayImport(CurrentStaff.require())) {
			throw RuleViolation.forbidden("approvals.import.denied");
		}
		return VIEW;
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "check") String action, Model model, HttpServletResponse response)
			throws IOException {
		Me me = CurrentStaff.require();
		if (!ApprovalPermissions.mayImport(me)) {
			throw RuleViolation.forbidden("approvals.import.denied");
		}
		try {
			ImportReport report = imports.run(me, file == null ? new byte[0] : file.getBytes(),
					!"import".equals(action));
			model.addAttribute("report", ImportBody.of(report, messages));
			if (!report.ok()) {
				response.setStatus(422);
			}
		}
		catch (RuleViolation ex) {
			if (ex.status().value() == 403) {
				throw ex;
			}
			model.addAttribute("fileError", ex.messageKey());
			model.addAttribute("fileErrorArgs", ex.arguments());
			response.setStatus(ex.status().value());
		}
		return VIEW;
	}

}

package org.gongkai.powers.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.powers.ImportReport;
import org.gongkai.powers.PowerExport;
import org.gongkai.powers.PowerImport;
import org.gongkai.powers.PowerPermissions;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Console: import a list (check first, then import; every bad row listed, nothing imported while one is bad) and
 * export it in the same format.
 */
@Controller
@RequestMapping("/admin/powers")
class PowerImportConsole {

	private final PowerImport imports;

	private final PowerExport exports;

	private final MessageSource messages;

	PowerImportConsole(PowerImport imports, PowerExport exports, MessageSource messages) {
		this.imports = imports;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/import")
	String form() {
		if (!PowerPermissions.mayImport(CurrentStaff.require())) {
			throw RuleViolation.forbidden("powers.import.denied");
		}
		return "powers/console/import";
	}

	@PostMapping("/import")
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "check") String action, Model model, HttpServletResponse response)
			throws IOException {
		Me me = CurrentStaff.require();
		if (!PowerPermissions.mayImport(me)) {
			throw RuleViolation.forbidden("powers.import.denied");
		}
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "powers.import.file.empty");
			model.addAttribute("fileErrorArgs", new Object[0]);
			response.setStatus(422);
			return form();
		}
		try {
			ImportReport report = imports.run(me, file.getBytes(), !"import".equals(action));
			model.addAttribute("report", ReportBody.of(report, messages));
			model.addAttribute("fileName", file.getOriginalFilename());
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
		return "powers/console/import";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
		Me me = CurrentStaff.require();
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		byte[] body = xlsx ? exports.xlsx(me) : exports.csv(me);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(xlsx ? "powers.xlsx" : "powers.csv").build().toString())
			.contentType(xlsx ? MediaType.parseMediaType(
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
					: MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(body);
	}

}

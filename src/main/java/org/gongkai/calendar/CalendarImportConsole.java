package org.gongkai.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.gongkai.common.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's CSV upload of a year's notice, in two steps: the upload shows what the file would do (rows, and how
 * many open deadlines of each module it would move) and carries the file's text to the confirmation, which checks it
 * again and imports it; all rows or none, every bad line listed on the page.
 */
@Controller
class CalendarImportConsole {

	static final String PREVIEW = "calendar/import-preview";

	private final CalendarMaintenance maintenance;

	private final ImportPreviews previews;

	private final CalendarPage page;

	CalendarImportConsole(CalendarMaintenance maintenance, ImportPreviews previews, CalendarPage page) {
		this.maintenance = maintenance;
		this.previews = previews;
		this.page = page;
	}

	@PostMapping("/admin/calendar/import")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')")
	String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		byte[] content = file.getBytes();
		try {
			CsvRows.Parsed parsed = CsvRows.read(content);
			model.addAttribute("preview", previews.preview(parsed.rows(), parsed.problems()));
			model.addAttribute("entries", RowCheck.entries(parsed.rows(), parsed.problems()));
			// Strictly decoded by CsvRows above, so the text is the file as uploaded.
			model.addAttribute("csv", new String(content, StandardCharsets.UTF_8));
			return PREVIEW;
		}
		catch (ImportRejected ex) {
			return rejected(ex, model);
		}
	}

	@PostMapping("/admin/calendar/import/confirm")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')")
	String confirm(@RequestParam("csv") String csv, Model model, RedirectAttributes redirect) {
		try {
			CsvRows.Parsed parsed = CsvRows.read(csv.getBytes(StandardCharsets.UTF_8));
			ImportResult result = maintenance.importRows(parsed.rows(), parsed.problems());
			redirect.addFlashAttribute("flash", Notice.of("calendar.imported", result.imported(), result.replaced()));
			return "redirect:/admin/calendar";
		}
		catch (ImportRejected ex) {
			return rejected(ex, model);
		}
	}

	private String rejected(ImportRejected ex, Model model) {
		model.addAttribute("dayForm", DayForm.empty());
		model.addAttribute("importProblems", ex.problems());
		return page.render(null, model);
	}

}

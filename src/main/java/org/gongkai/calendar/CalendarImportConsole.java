package org.gongkai.calendar;

import java.io.IOException;

import org.gongkai.common.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's CSV upload of a year's notice: all rows or none, every bad line listed on the page. */
@Controller
class CalendarImportConsole {

	private final CalendarMaintenance maintenance;

	private final CalendarPage page;

	CalendarImportConsole(CalendarMaintenance maintenance, CalendarPage page) {
		this.maintenance = maintenance;
		this.page = page;
	}

	@PostMapping("/admin/calendar/import")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')")
	String importCsv(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			CsvRows.Parsed parsed = CsvRows.read(file.getBytes());
			ImportResult result = maintenance.importRows(parsed.rows(), parsed.problems());
			redirect.addFlashAttribute("flash", Notice.of("calendar.imported", result.imported(), result.replaced()));
			return "redirect:/admin/calendar";
		}
		catch (ImportRejected ex) {
			model.addAttribute("dayForm", DayForm.empty());
			model.addAttribute("importProblems", ex.problems());
			return page.render(null, model);
		}
	}

}

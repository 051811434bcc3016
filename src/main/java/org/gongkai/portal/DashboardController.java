package org.gongkai.portal;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.calendar.WorkingDays;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's first page: who is signed in, for which unit, with which roles, and what needs attention. */
@Controller
class DashboardController {

	private final WorkingDays workingDays;

	private final Clock clock;

	DashboardController(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		Me me = CurrentStaff.require();
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("calendarWarning",
				me.calendarKeeper() && workingDays.nextYearMissingWarning(today) ? String.valueOf(today.getYear() + 1) : null);
		return "portal/dashboard";
	}

}

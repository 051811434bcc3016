package org.gongkai.portal;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.calendar.WorkingDays;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.gongkai.requests.CaseHandling;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's first page: who is signed in, for which unit, with which roles, and what needs attention. */
@Controller
class DashboardController {

	/** Working days ahead the dashboard looks for applications falling due: a working week. */
	static final int DUE_SOON_WORKING_DAYS = 5;

	private final WorkingDays workingDays;

	private final CaseHandling requests;

	private final Clock clock;

	DashboardController(WorkingDays workingDays, CaseHandling requests, Clock clock) {
		this.workingDays = workingDays;
		this.requests = requests;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		Me me = CurrentStaff.require();
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("calendarWarning",
				me.calendarKeeper() && workingDays.nextYearMissingWarning(today) ? String.valueOf(today.getYear() + 1) : null);
		if (me.office() || me.officeHead() || me.has(Role.REQUEST_HANDLER)) {
			model.addAttribute("dueSoon", requests.dueSoon(me, DUE_SOON_WORKING_DAYS));
			model.addAttribute("dueSoonDays", DUE_SOON_WORKING_DAYS);
		}
		return "portal/dashboard";
	}

}

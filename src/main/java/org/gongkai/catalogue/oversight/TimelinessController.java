package org.gongkai.catalogue.oversight;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.catalogue.Timeliness;
import org.gongkai.identity.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Console: timeliness of proactive disclosure per unit (the disclosure office sees every unit). */
@Controller
class TimelinessController {

	private final Timeliness timeliness;

	private final Clock clock;

	TimelinessController(Timeliness timeliness, Clock clock) {
		this.timeliness = timeliness;
		this.clock = clock;
	}

	@GetMapping("/admin/catalogue")
	String report(@RequestParam(required = false) Integer year, Model model) {
		int thisYear = LocalDate.now(clock).getYear();
		int chosen = year == null || year < 2000 || year > thisYear ? thisYear : year;
		model.addAttribute("year", chosen);
		model.addAttribute("years", java.util.stream.IntStream.rangeClosed(thisYear - 9, thisYear).boxed()
			.sorted(java.util.Comparator.reverseOrder()).toList());
		model.addAttribute("report", timeliness.report(CurrentStaff.require(), LocalDate.of(chosen, 1, 1)));
		return "catalogue/oversight/timeliness";
	}

}

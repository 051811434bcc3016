package org.gongkai.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the console page, for a plain visit and when a form comes back with errors. */
@Component
class CalendarPage {

	static final String VIEW = "calendar/days";

	private final CalendarMaintenance maintenance;

	private final WorkingDays workingDays;

	private final Clock clock;

	CalendarPage(CalendarMaintenance maintenance, WorkingDays workingDays, Clock clock) {
		this.maintenance = maintenance;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** The page for {@code chosen} year, by default the current one; the model must already hold {@code dayForm}. */
	String render(Integer chosen, Model model) {
		LocalDate today = LocalDate.now(clock);
		int year = chosen == null || chosen < 1900 || chosen > 9999 ? today.getYear() : chosen;
		List<YearCount> years = maintenance.years();
		// Offer next year even before it has rows: that is the year staff come to enter in December.
		TreeSet<Integer> choices = new TreeSet<>(List.of(today.getYear(), today.getYear() + 1, year));
		years.forEach(count -> choices.add(count.year()));
		model.addAttribute("years", years);
		model.addAttribute("yearChoices", choices);
		model.addAttribute("year", year);
		model.addAttribute("entries", maintenance.year(year));
		model.addAttribute("kinds", DayKind.values());
		model.addAttribute("provisionalDays", workingDays.provisionalHolidays(year));
		workingDays.yearNotLoaded(today).ifPresent(missing -> model.addAttribute("missingYear", missing));
		return VIEW;
	}

}

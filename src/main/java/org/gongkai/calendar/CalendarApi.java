package org.gongkai.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public working-day questions, for applicants checking a reply deadline and for other systems. Bad parameters
 * become 400 problem details through the global API advice; Spring MVC validates the constraints itself.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

	static final int MAX_WORKING_DAYS = 1000;

	private final WorkingDays workingDays;

	CalendarApi(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	@GetMapping("/due-date")
	DueDate dueDate(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam @Min(0) @Max(MAX_WORKING_DAYS) int workingDays) {
		return this.workingDays.dueDate(from, workingDays);
	}

	@GetMapping("/working-day")
	DayInfo workingDay(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
		return workingDays.day(date);
	}

}

package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The end of a period of working days (期限届满日), counted from the day after {@code from}.
 *
 * @param skipped the weekends and holidays passed over, in date order (not those inside a stopped span)
 * @param makeUpWorkdays the weekend days counted because the State Council declared them working days (调休上班)
 * @param calendarComplete {@code false} when the count ran into a year whose holiday notice is not loaded, so
 * {@code dueDate} counts only the statutory holidays of the law there and may move once the notice is entered
 */
public record DueDate(LocalDate from, int workingDays, LocalDate dueDate, List<SkippedDay> skipped,
		List<DayInfo> makeUpWorkdays, boolean calendarComplete) {

	public DueDate {
		skipped = List.copyOf(skipped);
		makeUpWorkdays = List.copyOf(makeUpWorkdays);
	}

	/**
	 * The date depends on days not yet fixed by a loaded holiday notice (provisional: the statutory holidays are
	 * known, bridge days and weekend swaps are not), so it may move when the notice is loaded.
	 */
	@JsonProperty("provisional")
	public boolean provisional() {
		return !calendarComplete;
	}

}

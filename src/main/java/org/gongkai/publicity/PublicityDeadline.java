package org.gongkai.publicity;

import java.time.LocalDate;

import org.gongkai.calendar.DueDate;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The 双公示 deadline: a decision goes online within 7 working days of its date (行政许可、行政处罚决定自作出之日起
 * 7个工作日内上网公开), counted on the working-day calendar from the day after the decision, so that holidays do not
 * count and make-up days do. Provisional when the count runs into a year whose holiday notice is not loaded.
 */
final class PublicityDeadline {

	private PublicityDeadline() {
	}

	static DueDate due(WorkingDayCalendar calendar, LocalDate decidedOn, int workingDays) {
		return calendar.dueDate(decidedOn, workingDays);
	}

	/** Published after the due day: late, even by a day. */
	static boolean late(LocalDate dueOn, LocalDate publishedOn) {
		return publishedOn.isAfter(dueOn);
	}

	/**
	 * The last due day that counts as "due soon" on {@code today}: {@code soon} working days ahead. A record awaiting
	 * publication is due soon when its due day lies from today up to this day.
	 */
	static LocalDate dueSoonUntil(WorkingDayCalendar calendar, LocalDate today, int soon) {
		return calendar.dueDate(today, soon).dueDate();
	}

}

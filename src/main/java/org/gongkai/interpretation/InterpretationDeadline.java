package org.gongkai.interpretation;

import java.time.LocalDate;

import org.gongkai.calendar.WorkingDays;

/**
 * The interpretation deadline: published within three working days after the policy (解读材料应在政策文件公开后
 * 3个工作日内发布), counted on the working-day calendar so that holidays do not count and make-up days do.
 */
final class InterpretationDeadline {

	private InterpretationDeadline() {
	}

	static LocalDate due(WorkingDays workingDays, LocalDate policyPublishedOn, int days) {
		return workingDays.dueDate(policyPublishedOn, days).dueDate();
	}

	/** Published after the due day: late, even by a day. */
	static boolean late(LocalDate dueOn, LocalDate publishedOn) {
		return publishedOn.isAfter(dueOn);
	}

	/** Working days past the due day on {@code today}; 0 while not overdue. */
	static int workingDaysOverdue(WorkingDays workingDays, LocalDate dueOn, LocalDate today) {
		return workingDays.workingDaysBetween(dueOn, today);
	}

	/** Working days left until the due day (0 on the day itself); only meaningful while not overdue. */
	static int workingDaysLeft(WorkingDays workingDays, LocalDate dueOn, LocalDate today) {
		return workingDays.workingDaysBetween(today, dueOn);
	}

}

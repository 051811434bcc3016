package org.gongkai.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.DashboardCard;
import org.gongkai.common.shell.DashboardCards;
import org.gongkai.common.shell.MenuEntry;
import org.springframework.stereotype.Component;

/**
 * The calendar's console entry and dashboard card for those who keep it (administrators and the disclosure
 * office), and at the year's end, while next year's holidays are missing, a notice at the top of every member's
 * dashboard: every deadline crossing the new year counts only the statutory holidays there, so it is provisional.
 */
@Component
class CalendarShell implements ConsoleMenu, DashboardCards {

	private final WorkingDays workingDays;

	private final Clock clock;

	CalendarShell(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	static boolean keeps(StaffActor staff) {
		return staff.hasRole("SYSTEM_ADMIN") || staff.hasRole("DISCLOSURE_OFFICE");
	}

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		return keeps(staff) ? List.of(MenuEntry.of("/admin/calendar", "console.nav.calendar", 560)) : List.of();
	}

	/**
	 * The way in, and the warning whose count is the missing year: for those who keep the calendar, load it; for
	 * every other member, whose deadlines run into that year too, that their due dates there are provisional.
	 */
	@Override
	public List<DashboardCard> cards(StaffActor staff) {
		List<DashboardCard> cards = new ArrayList<>();
		workingDays.yearNotLoaded(LocalDate.now(clock))
			.ifPresent(year -> cards.add(keeps(staff)
					? new DashboardCard("/admin/calendar", "dashboard.calendarLink", "calendar.dashboard.missing", year,
							DashboardCard.Urgency.OVERDUE, 50)
					: new DashboardCard(null, null, "calendar.dashboard.provisional", year,
							DashboardCard.Urgency.WAITING, 51)));
		if (keeps(staff)) {
			cards.add(DashboardCard.link("/admin/calendar", "console.nav.calendar", "dashboard.calendar", 530));
		}
		return cards;
	}

}

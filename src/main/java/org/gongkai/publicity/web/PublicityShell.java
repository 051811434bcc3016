package org.gongkai.publicity.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.common.CachedCounts;
import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.DashboardCard;
import org.gongkai.common.shell.DashboardCards;
import org.gongkai.common.shell.MenuEntry;
import org.gongkai.identity.Me;
import org.gongkai.publicity.Publicity;
import org.gongkai.publicity.PublicityPermissions;
import org.springframework.stereotype.Component;

/**
 * What 双公示 contributes to the shell: no portal section of its own (a column under 权责清单, linked from /powers);
 * the console entry with the count of overdue records as its badge, and dashboard cards for the overdue records and
 * those falling due within two working days.
 */
@Component
class PublicityShell implements ConsoleMenu, DashboardCards {

	private final Publicity publicity;

	private final CachedCounts overdue;

	private final CachedCounts dueSoon;

	PublicityShell(Publicity publicity, Clock clock) {
		this.publicity = publicity;
		this.overdue = new CachedCounts(clock, Duration.ofMinutes(1));
		this.dueSoon = new CachedCounts(clock, Duration.ofMinutes(1));
	}

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		Me me = Me.of(staff);
		if (!PublicityPermissions.maySee(me)) {
			return List.of();
		}
		return List.of(new MenuEntry("/admin/publicity", "publicity.console.nav", 245,
				new MenuEntry.Badge(overdue(me), "publicity.console.nav.overdue")));
	}

	@Override
	public List<DashboardCard> cards(StaffActor staff) {
		Me me = Me.of(staff);
		if (!PublicityPermissions.maySee(me)) {
			return List.of();
		}
		List<DashboardCard> cards = new ArrayList<>();
		long late = overdue(me);
		if (late > 0) {
			cards.add(new DashboardCard("/admin/publicity?overdue=true", "publicity.dashboard.overdue.title",
					"publicity.dashboard.overdue", late, DashboardCard.Urgency.OVERDUE, 172));
		}
		long soon = dueSoon.of(me.username(), () -> publicity.dueSoonCount(me));
		if (soon > 0) {
			cards.add(new DashboardCard("/admin/publicity?status=AWAITING", "publicity.dashboard.dueSoon.title",
					"publicity.dashboard.dueSoon", soon, DashboardCard.Urgency.WAITING, 174));
		}
		return cards;
	}

	private long overdue(Me me) {
		return overdue.of(me.username(), () -> publicity.overdueCount(me));
	}

}

package org.gongkai.requests.console;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.common.CachedCounts;
import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.DashboardCard;
import org.gongkai.common.shell.DashboardCards;
import org.gongkai.common.shell.HomeBlock;
import org.gongkai.common.shell.MenuEntry;
import org.gongkai.common.shell.PortalSection;
import org.gongkai.identity.Me;
import org.gongkai.requests.ApplicationFigures;
import org.gongkai.requests.Inbox;
import org.gongkai.requests.RequestAccess;
import org.springframework.stereotype.Component;

/**
 * What this module contributes to the shell: the portal section 依申请公开 with this year's figures on the home
 * page; the console entries (the inbox with its overdue badge, the statistics and the letter templates for the
 * office); the dashboard cards of the applications falling due and overdue. Each count is one indexed query over
 * the stored clocks ({@link Inbox}), kept a minute per member all the same.
 */
@Component
class RequestShell implements PortalSection, ConsoleMenu, DashboardCards {

	/** Working days ahead the dashboard looks for applications falling due: a working week. */
	static final int DUE_SOON_WORKING_DAYS = 5;

	private final Inbox inbox;

	private final ApplicationFigures figures;

	private final CachedCounts overdue;

	private final CachedCounts dueSoon;

	RequestShell(Inbox inbox, ApplicationFigures figures, Clock clock) {
		this.inbox = inbox;
		this.figures = figures;
		this.overdue = new CachedCounts(clock, Duration.ofMinutes(1));
		this.dueSoon = new CachedCounts(clock, Duration.ofMinutes(1));
	}

	@Override
	public String path() {
		return "/apply";
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public String messageKey() {
		return "nav.apply";
	}

	@Override
	public String descriptionKey() {
		return "nav.apply.description";
	}

	@Override
	public Optional<HomeBlock> homeBlock() {
		ApplicationFigures.Year year = figures.thisYear();
		return Optional.of(new HomeBlock("home.requests.figures", path(), 400, List.of(),
				List.of(new HomeBlock.Figure("home.requests.received", year.received()),
						new HomeBlock.Figure("home.requests.answered", year.answered()),
						new HomeBlock.Figure("home.requests.answeredOnTime", year.answeredOnTime())),
				year.updatedOn()));
	}

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		Me me = Me.of(staff);
		List<MenuEntry> entries = new ArrayList<>();
		if (RequestAccess.mayOpenInbox(me)) {
			entries.add(new MenuEntry("/admin/requests", "requests.console.nav", 200,
					new MenuEntry.Badge(overdue(me), "requests.console.nav.overdue")));
		}
		if (RequestAccess.office(me)) {
			entries.add(MenuEntry.of("/admin/requests/statistics", "requests.stats.nav", 540));
			entries.add(MenuEntry.of("/admin/requests/letter-templates", "requests.letters.nav", 550));
		}
		return entries;
	}

	/**
	 * Handlers and the office: the applications due within a working week (overdue included), and the overdue ones
	 * on their own card when there are any.
	 */
	@Override
	public List<DashboardCard> cards(StaffActor staff) {
		Me me = Me.of(staff);
		if (!RequestAccess.mayOpenInbox(me)) {
			return List.of();
		}
		long late = overdue(me);
		long due = dueSoon.of(me.username(), () -> inbox.dueWithinCount(me, DUE_SOON_WORKING_DAYS));
		List<DashboardCard> cards = new ArrayList<>();
		cards.add(new DashboardCard("/admin/requests?view=due&within=" + DUE_SOON_WORKING_DAYS,
				"requests.dashboard.due", "requests.dashboard.due.count", due,
				due > 0 ? DashboardCard.Urgency.WAITING : DashboardCard.Urgency.NONE, 135));
		if (late > 0) {
			cards.add(new DashboardCard("/admin/requests?view=overdue", "requests.dashboard.overdue",
					"requests.dashboard.overdue.count", late, DashboardCard.Urgency.OVERDUE, 130));
		}
		return cards;
	}

	private long overdue(Me me) {
		return overdue.of(me.username(), () -> inbox.overdueCount(me));
	}

}

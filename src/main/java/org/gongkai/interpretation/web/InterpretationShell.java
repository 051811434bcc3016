package org.gongkai.interpretation.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.gongkai.interpretation.InterpretationFilter;
import org.gongkai.interpretation.InterpretationTasks;
import org.gongkai.interpretation.Interpretations;
import org.springframework.stereotype.Component;

/**
 * What this module contributes to the shell: the portal section 政策解读 with the home page's latest
 * interpretations, the console entry with the number of overdue tasks, and the same count as a dashboard card.
 */
@Component
class InterpretationShell implements PortalSection.Declared, ConsoleMenu, DashboardCards {

	/** The section 政策解读 in the navigation and on the home page. */
	private static final Entry ENTRY = new Entry("/interpretations", 400, "nav.interpretations",
			"nav.interpretations.description");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Interpretations on the home page. */
	static final int LATEST = 5;

	private final Interpretations interpretations;

	private final InterpretationTasks tasks;

	private final CachedCounts overdue;

	InterpretationShell(Interpretations interpretations, InterpretationTasks tasks, Clock clock) {
		this.interpretations = interpretations;
		this.tasks = tasks;
		this.overdue = new CachedCounts(clock, Duration.ofMinutes(1));
	}

	@Override
	public Entry entry() {
		return ENTRY;
	}

	@Override
	public Optional<HomeBlock> homeBlock() {
		List<HomeBlock.Item> items = interpretations.publicPage(InterpretationFilter.none(), 0, LATEST)
			.map(i -> new HomeBlock.Item("/interpretations/" + i.id(), i.title(),
					i.publishedAt() == null ? null : i.publishedAt().atZone(CHINA).toLocalDate(), null, null))
			.getContent();
		LocalDate updatedOn = items.isEmpty() ? null : items.get(0).date();
		return Optional.of(new HomeBlock("home.interpretations", path(), 300, items, List.of(), updatedOn));
	}

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		Me me = Me.of(staff);
		if (!InterpretationTasks.maySee(me)) {
			return List.of();
		}
		return List.of(new MenuEntry("/admin/interpretations", "interpretation.console.nav", 210,
				new MenuEntry.Badge(overdue(me), "interpretation.console.nav.overdue")));
	}

	/** The office and unit staff who see tasks: their overdue ones, when there are any. */
	@Override
	public List<DashboardCard> cards(StaffActor staff) {
		Me me = Me.of(staff);
		long count = InterpretationTasks.maySee(me) ? overdue(me) : 0;
		if (count == 0) {
			return List.of();
		}
		return List.of(new DashboardCard("/admin/interpretations", "interpretation.console.nav",
				"interpretation.dashboard.overdue", count, DashboardCard.Urgency.OVERDUE, 140));
	}

	private long overdue(Me me) {
		return overdue.of(me.username(), () -> tasks.overdueCount(me));
	}

}

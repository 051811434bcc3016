package org.gongkai.consultation.console;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.gongkai.common.CachedCounts;
import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.DashboardCard;
import org.gongkai.common.shell.DashboardCards;
import org.gongkai.common.shell.HomeBlock;
import org.gongkai.common.shell.MenuEntry;
import org.gongkai.common.shell.PortalSection;
import org.gongkai.consultation.ConsultationAccess;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.Phase;
import org.gongkai.consultation.PublicConsultations;
import org.gongkai.identity.Me;
import org.springframework.stereotype.Component;

/**
 * What this module contributes to the shell: the portal section 征求意见 with the home page's consultations open
 * now and their closing dates; the console entries 征求意见 (with the consultations closed without published
 * feedback) and 重大决策; the same count as a dashboard card for those who owe the feedback.
 */
@Component
class ConsultationShell implements PortalSection.Declared, ConsoleMenu, DashboardCards {

	/** The section 征求意见 in the navigation and on the home page. */
	private static final Entry ENTRY = new Entry("/consultations", 500, "nav.consultations",
			"nav.consultations.description");

	/** Open consultations on the home page. */
	static final int LATEST = 5;

	private final PublicConsultations published;

	private final Consultations consultations;

	private final CachedCounts awaiting;

	ConsultationShell(PublicConsultations published, Consultations consultations, Clock clock) {
		this.published = published;
		this.consultations = consultations;
		this.awaiting = new CachedCounts(clock, Duration.ofMinutes(1));
	}

	/** Open now, closing soonest first; updated on the latest opening among them. */
	@Override
	public Entry entry() {
		return ENTRY;
	}

	@Override
	public Optional<HomeBlock> homeBlock() {
		List<HomeBlock.Item> items = published.page(Phase.OPEN, 0, LATEST)
			.map(c -> new HomeBlock.Item("/consultations/" + c.id(), c.title(), c.opensOn(), "home.consultations.closes",
					List.of(c.closesOn())))
			.getContent();
		LocalDate updatedOn = items.stream().map(HomeBlock.Item::date).filter(Objects::nonNull)
			.max(Comparator.naturalOrder()).orElse(null);
		return Optional.of(new HomeBlock("home.consultations", path(), 200, items, List.of(), updatedOn));
	}

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		Me me = Me.of(staff);
		MenuEntry decisions = MenuEntry.of("/admin/decisions", "decisions.console.nav", 230);
		if (!ConsultationAccess.seesConsole(me)) {
			return List.of(decisions);
		}
		return List.of(new MenuEntry("/admin/consultations", "cc.nav", 220,
				new MenuEntry.Badge(awaiting(me), "cc.nav.awaiting")), decisions);
	}

	/** Consultations closed without their published feedback, for those who owe it; none: no card. */
	@Override
	public List<DashboardCard> cards(StaffActor staff) {
		Me me = Me.of(staff);
		long count = ConsultationAccess.seesConsole(me) ? awaiting(me) : 0;
		if (count == 0) {
			return List.of();
		}
		return List.of(new DashboardCard("/admin/consultations", "cc.nav", "consultation.dashboard.awaiting", count,
				DashboardCard.Urgency.OVERDUE, 150));
	}

	private long awaiting(Me me) {
		return awaiting.of(me.username(), () -> consultations.awaitingOutcome(me).size());
	}

}

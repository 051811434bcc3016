package org.gongkai.catalogue.console;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.catalogue.EditorWork;
import org.gongkai.catalogue.ReviewQueue;
import org.gongkai.common.CachedCounts;
import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.DashboardCard;
import org.gongkai.common.shell.DashboardCard.Urgency;
import org.gongkai.common.shell.DashboardCards;
import org.gongkai.identity.Me;
import org.springframework.stereotype.Component;

/**
 * The catalogue's cards on the dashboard: a reviewer's queue; an editor's drafts and the drafts a reviewer
 * returned to them. Counts kept a minute per member, as the menu's badge is.
 */
@Component
class DocumentWorkCards implements DashboardCards {

	private static final Duration KEEP = Duration.ofMinutes(1);

	private final ReviewQueue queue;

	private final EditorWork work;

	private final CachedCounts reviewable;

	private final CachedCounts drafts;

	private final CachedCounts returned;

	DocumentWorkCards(ReviewQueue queue, EditorWork work, Clock clock) {
		this.queue = queue;
		this.work = work;
		this.reviewable = new CachedCounts(clock, KEEP);
		this.drafts = new CachedCounts(clock, KEEP);
		this.returned = new CachedCounts(clock, KEEP);
	}

	@Override
	public List<DashboardCard> cards(StaffActor staff) {
		Me me = Me.of(staff);
		List<DashboardCard> cards = new ArrayList<>();
		if (ReviewQueue.mayOpen(me)) {
			cards.add(card(ReviewQueueConsole.PATH, "docs.card.queue", reviewable.of(me.username(),
					() -> queue.reviewableCount(me)), 100));
		}
		if (DocumentActions.canDraft(me)) {
			String drafts = "/admin/documents?status=DRAFT";
			cards.add(card("/admin/documents?returned=true", "docs.card.returned",
					returned.of(me.username(), () -> work.returned(me)), 110));
			cards.add(card(drafts, "docs.card.drafts", this.drafts.of(me.username(), () -> work.drafts(me)), 120));
		}
		return cards;
	}

	/** A card whose description takes the count; marked as waiting when there is work. */
	private static DashboardCard card(String href, String key, long count, int order) {
		return new DashboardCard(href, key, key + ".description", count, count > 0 ? Urgency.WAITING : Urgency.NONE,
				order);
	}

}

package org.gongkai.catalogue.console;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.gongkai.catalogue.ReviewQueue;
import org.gongkai.common.CachedCounts;
import org.gongkai.common.StaffActor;
import org.gongkai.common.shell.ConsoleMenu;
import org.gongkai.common.shell.MenuEntry;
import org.gongkai.identity.Me;
import org.springframework.stereotype.Component;

/**
 * The console entry 待审查 (review queue) for those who review documents, with a badge of what waits for their
 * review (not counting what four eyes leaves to others): one count, kept a minute per member.
 */
@Component
class ReviewQueueMenu implements ConsoleMenu {

	/** Right after the documents' own entry. */
	static final int ORDER = 105;

	private final ReviewQueue queue;

	private final CachedCounts counts;

	ReviewQueueMenu(ReviewQueue queue, Clock clock) {
		this.queue = queue;
		this.counts = new CachedCounts(clock, Duration.ofMinutes(1));
	}

	@Override
	public List<MenuEntry> entries(StaffActor staff) {
		Me me = Me.of(staff);
		if (!ReviewQueue.mayOpen(me)) {
			return List.of();
		}
		long waiting = counts.of(me.username(), () -> queue.reviewableCount(me));
		return List.of(new MenuEntry(ReviewQueueConsole.PATH, "docs.queue.nav", ORDER,
				new MenuEntry.Badge(waiting, "docs.queue.nav.badge")));
	}

}

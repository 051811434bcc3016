package org.gongkai.catalogue;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confidentiality review queue (保密审查): what waits for the member's review, oldest first. A unit's
 * reviewers see their unit's drafts and revisions, the disclosure office (and an administrator holding the
 * reviewer's role) every unit's, as {@link DocumentPermissions#canReview} decides for each review. Rows the member
 * drafted, changed or proposed are in the queue but marked: four eyes leaves them to a second reviewer.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

	private final ReviewQueueRepository queue;

	ReviewQueue(ReviewQueueRepository queue) {
		this.queue = queue;
	}

	/** Whether {@code me} reviews anything at all: the queue's page and menu entry are for them only. */
	public static boolean mayOpen(Me me) {
		return me.office() || me.has(Role.UNIT_REVIEWER);
	}

	public Page<ReviewQueueItem> page(Me me, int page, int size) {
		require(me);
		return queue.page(scope(me), me.username(), PageRequest.of(Math.max(page, 0), size));
	}

	/** How many waiting items {@code me} may review (not those they had a hand in); 0 for a member who reviews none. */
	public long reviewableCount(Me me) {
		return mayOpen(me) ? queue.countReviewable(scope(me), me.username()) : 0;
	}

	/** The unit whose queue the member sees, or {@code null} for every unit. */
	private static Long scope(Me me) {
		return me.office() || me.admin() ? null : me.unitId();
	}

	private static void require(Me me) {
		if (!mayOpen(me)) {
			throw RuleViolation.forbidden("document.review.denied");
		}
	}

}

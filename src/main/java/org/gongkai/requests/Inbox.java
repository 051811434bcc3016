package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;

/**
 * The handlers' inbox (收件箱) and its counts, read from the clock stored with each application: filtered, sorted
 * and paged by the database ({@link InboxQueries}), so that a page costs the same at 100,000 applications as at
 * 100. Handlers see their unit's applications, the disclosure office all of them.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

	/** The most rows the dashboard's list of applications falling due shows. */
	static final int DUE_SOON_ROWS = 50;

	private final RequestRepository requests;

	private final RequestClock requestClock;

	private final UnitManagement units;

	Inbox(RequestRepository requests, RequestClock requestClock, UnitManagement units) {
		this.requests = requests;
		this.requestClock = requestClock;
		this.units = units;
	}

	/**
	 * One page of the inbox: open applications by due date (overdue first, stopped clocks last), or the concluded
	 * ones newest first, or in the order asked for.
	 */
	public Page<RequestSummary> page(Me me, InboxFilter filter, int page, int size) {
		LocalDate today = requestClock.today();
		Page<DisclosureRequest> rows = requests.findAll(specification(me, filter, today), PageRequest.of(page, size));
		Map<Long, String> names = units.all()
			.stream()
			.collect(Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a));
		return rows.map(r -> RequestViews.summary(r, daysLeft(r, today), overdue(r, today), names));
	}

	/** Open applications due within the next {@code workingDays} working days or overdue: the dashboard's list. */
	public List<RequestSummary> dueSoon(Me me, int workingDays) {
		return page(me, new InboxFilter(null, false, false, workingDays, null, null), 0, DUE_SOON_ROWS).getContent();
	}

	/** How many of the applications {@code me} handles are overdue: one indexed count (the console's badge). */
	public long overdueCount(Me me) {
		return requests.count(specification(me, new InboxFilter(null, false, true, null, null, null),
				requestClock.today()));
	}

	/** How many are due within {@code workingDays} working days, overdue included: one count (the dashboard card). */
	public long dueWithinCount(Me me, int workingDays) {
		return requests.count(specification(me, new InboxFilter(null, false, false, workingDays, null, null),
				requestClock.today()));
	}

	private Specification<DisclosureRequest> specification(Me me, InboxFilter filter, LocalDate today) {
		if (!RequestPermissions.canSeeInbox(me)) {
			throw RuleViolation.forbidden("request.inbox.denied");
		}
		LocalDate dueBefore = filter.dueWithinWorkingDays() == null ? null
				: requestClock.afterWorkingDays(today, Math.max(filter.dueWithinWorkingDays(), 0) + 1);
		return InboxQueries.of(filter, RequestPermissions.office(me), me.unitId(), today, dueBefore);
	}

	/**
	 * While the clock runs, counted from today to the stored due date (negative when overdue); otherwise as stored
	 * (while stopped: what will be left when it restarts).
	 */
	private int daysLeft(DisclosureRequest request, LocalDate today) {
		if (!request.clockRunning() || request.dueOn() == null) {
			return request.workingDaysLeft() == null ? 0 : request.workingDaysLeft();
		}
		return request.dueOn().isBefore(today) ? -requestClock.workingDaysBetween(request.dueOn(), today)
				: requestClock.workingDaysBetween(today, request.dueOn());
	}

	private static boolean overdue(DisclosureRequest request, LocalDate today) {
		return request.clockRunning() && request.dueOn() != null && request.dueOn().isBefore(today);
	}

}

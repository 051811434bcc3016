package org.gongkai.requests.console;

import org.gongkai.requests.InboxFilter;
import org.gongkai.requests.InboxSort;
import org.gongkai.requests.RequestStatus;

/**
 * The inbox's filters as the page and the API take them.
 *
 * @param view open (default), overdue, due (within {@code within} working days) or closed
 * @param status one status instead of the tab's set
 * @param within working days for the "due" tab (default {@value #DEFAULT_WITHIN})
 * @param unit only applications assigned to this unit (the disclosure office's filter)
 * @param q part of a tracking number or of the applicant's name
 * @param sort due, received or status; anything else: the view's default order
 */
record InboxQuery(String view, RequestStatus status, Integer within, Long unit, String q, String sort) {

	static final int DEFAULT_WITHIN = 5;

	InboxView tab() {
		return InboxView.of(view);
	}

	int withinDays() {
		return within == null || within < 0 ? DEFAULT_WITHIN : Math.min(within, 60);
	}

	/** The order asked for, {@code null} for the view's default. */
	InboxSort order() {
		return InboxSort.of(sort);
	}

	/** The facade's filter; only the office filters by unit (a handler sees their own unit's anyway). */
	InboxFilter filter(boolean office) {
		InboxView tab = tab();
		boolean closed = status != null ? !status.open() : tab == InboxView.CLOSED;
		return new InboxFilter(status, closed, status == null && tab == InboxView.OVERDUE,
				status == null && tab == InboxView.DUE ? withinDays() : null, office ? unit : null,
				q == null || q.isBlank() ? null : q.trim(), order());
	}

}

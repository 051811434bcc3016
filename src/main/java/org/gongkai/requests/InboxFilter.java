package org.gongkai.requests;

/**
 * What the inbox shows.
 *
 * @param status one status only, or {@code null} for all open applications ({@code closed} for the concluded)
 * @param closed the concluded applications (answered or closed), newest first, instead of the open ones by due date
 * @param overdueOnly only open applications past their due date
 * @param dueWithinWorkingDays only open applications due within this many working days
 * @param unitId only those assigned to this unit
 * @param query part of a tracking number or an applicant's name
 * @param sort the order; {@code null} for the default: by due date for open applications, newest first for the
 * concluded
 */
public record InboxFilter(RequestStatus status, boolean closed, boolean overdueOnly, Integer dueWithinWorkingDays,
		Long unitId, String query, InboxSort sort) {

	public InboxFilter(RequestStatus status, boolean closed, boolean overdueOnly, Integer dueWithinWorkingDays,
			Long unitId, String query) {
		this(status, closed, overdueOnly, dueWithinWorkingDays, unitId, query, null);
	}

	public static InboxFilter open() {
		return new InboxFilter(null, false, false, null, null, null);
	}

	/** The order asked for, or the default of the view. */
	public InboxSort order() {
		return sort != null ? sort : closed ? InboxSort.RECEIVED : InboxSort.DUE;
	}

}

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
 */
public record InboxFilter(RequestStatus status, boolean closed, boolean overdueOnly, Integer dueWithinWorkingDays,
		Long unitId, String query) {

	public static InboxFilter open() {
		return new InboxFilter(null, false, false, null, null, null);
	}

}

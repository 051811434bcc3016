package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of the handlers' inbox. The applicant's identity number never appears here, only on the case page.
 *
 * @param dueDate {@code null} while the clock stands
 * @param workingDaysLeft to the due date (negative when overdue); while stopped, what will be left on restart
 * @param units names of the units the application is assigned to
 * @param possibleRepeatOf the tracking number of an earlier answered application it may repeat
 * @param dueProvisional the due date depends on days no loaded holiday notice has fixed yet
 */
public record RequestSummary(long id, String trackingNumber, ApplicantKind applicantKind, String applicantName,
		String firstItem, int itemCount, RequestStatus status, LocalDate receivedOn, LocalDate dueDate,
		int workingDaysLeft, boolean stopped, boolean overdue, List<String> units, String possibleRepeatOf,
		boolean extensionAwaitingApproval, boolean dueProvisional) {

	public RequestSummary {
		units = List.copyOf(units);
	}

	/** Whether the inbox flags the row (overdue, provisional due date, possible repeat, extension awaiting approval). */
	public boolean flagged() {
		return overdue || (dueProvisional && status.open()) || possibleRepeatOf != null || extensionAwaitingApproval;
	}

}

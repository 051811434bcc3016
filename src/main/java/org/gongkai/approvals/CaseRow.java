package org.gongkai.approvals;

import java.time.LocalDate;

/** A case in the console's list. */
public record CaseRow(String caseNumber, String itemName, String applicantName, ApprovalCategory category,
		CaseState state, LocalDate receivedOn, LocalDate promisedDue, boolean suspended, boolean overdue) {
}

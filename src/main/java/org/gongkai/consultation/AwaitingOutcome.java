package org.gongkai.consultation;

import java.time.LocalDate;

/** A consultation closed without published feedback, and how long it has waited (days and working days). */
public record AwaitingOutcome(long id, String title, long unitId, String unitName, LocalDate closedOn,
		long daysWaiting, int workingDaysWaiting, long approvedComments, long pendingComments) {
}

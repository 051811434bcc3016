package org.gongkai.interpretation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An interpretation task as the console shows it. {@code overdue}: still pending after its due day;
 * {@code workingDaysOverdue} counts working days past the due day, {@code workingDaysLeft} those until it.
 */
public record TaskView(long id, long policyId, String policyTitle, long unitId, String unitName,
		LocalDate publishedOn, LocalDate dueOn, TaskStatus status, LocalDate fulfilledOn, boolean late,
		Long interpretationId, String waiverReason, String waiverRequestedBy, Instant waiverRequestedAt,
		String waiverDecidedBy, String waiverNote, boolean overdue, int workingDaysOverdue, int workingDaysLeft) {
}

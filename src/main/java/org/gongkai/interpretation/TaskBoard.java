package org.gongkai.interpretation;

import java.util.List;

/**
 * The console's view of interpretation tasks: open ones not yet due (soonest first), overdue ones (most overdue
 * first), waivers awaiting the office, and interpretations published late (latest first).
 */
public record TaskBoard(List<TaskView> due, List<TaskView> overdue, List<TaskView> waiverRequests,
		List<TaskView> publishedLate) {
}

package org.gongkai.interpretation;

import java.util.Locale;

/**
 * Where an interpretation task stands: open, a waiver (无需解读) awaiting the disclosure office, fulfilled by a
 * published interpretation, or waived with the office's approval.
 */
public enum TaskStatus {

	OPEN, WAIVER_REQUESTED, FULFILLED, WAIVED;

	public String messageKey() {
		return "interpretation.task.status." + name().toLowerCase(Locale.ROOT);
	}

	/** Still waiting for an interpretation: the deadline runs. */
	public boolean pending() {
		return this == OPEN || this == WAIVER_REQUESTED;
	}

}

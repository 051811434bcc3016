package org.gongkai.consultation;

import java.time.Instant;
import java.time.LocalDate;

/** A line of a list of major decisions: what, whose, when, and how far through the five procedures. */
public record MajorDecisionSummary(long id, String title, long unitId, String unitName, DecisionStatus status, LocalDate decidedOn,
		Instant publishedAt, Instant updatedAt, long carriedOut, long notApplicable) {

	/** How many of the five are recorded either way. */
	public long recorded() {
		return carriedOut + notApplicable;
	}

	public int total() {
		return DecisionProcedure.values().length;
	}

}

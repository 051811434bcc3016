package org.gongkai.consultation;

import java.time.LocalDate;
import java.util.List;

/** One of the five procedures of a decision, recorded or not yet ({@code recorded} false, everything else empty). */
public record DecisionStepView(DecisionProcedure procedure, boolean recorded, boolean notApplicable,
		LocalDate completedOn, String responsibleUnit, String description, List<DecisionEvidenceView> evidence) {

	static DecisionStepView missing(DecisionProcedure procedure) {
		return new DecisionStepView(procedure, false, false, null, null, null, List.of());
	}

	/** Recorded as carried out (not merely as not applicable). */
	public boolean carriedOut() {
		return recorded && !notApplicable;
	}

}

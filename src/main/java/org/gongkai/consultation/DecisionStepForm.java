package org.gongkai.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * One procedure as staff record it: carried out ({@code notApplicable} false) on {@code completedOn} by
 * {@code responsibleUnit}, {@code description} saying what was done; or not applicable, {@code description} then
 * being the reason the public reads.
 */
public record DecisionStepForm(Boolean notApplicable, LocalDate completedOn, @Size(max = 200) String responsibleUnit,
		@Size(max = 2000) String description) {

	public boolean notApplicableChosen() {
		return Boolean.TRUE.equals(notApplicable);
	}

	public static DecisionStepForm of(DecisionStepView step, String defaultUnit) {
		if (!step.recorded()) {
			return new DecisionStepForm(false, null, defaultUnit, "");
		}
		return new DecisionStepForm(step.notApplicable(), step.completedOn(),
				step.responsibleUnit() == null ? defaultUnit : step.responsibleUnit(), step.description());
	}

}

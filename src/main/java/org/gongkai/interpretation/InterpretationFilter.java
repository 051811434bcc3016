package org.gongkai.interpretation;

import java.time.LocalDate;

/**
 * Filters of the public interpretation list and API; every one optional.
 *
 * @param policy the id of the policy document interpreted
 * @param unit the responsible unit
 * @param form the form of interpretation
 * @param from published on or after this day
 * @param to published on or before this day
 */
public record InterpretationFilter(Long policy, Long unit, InterpretationForm form, LocalDate from, LocalDate to) {

	public static InterpretationFilter none() {
		return new InterpretationFilter(null, null, null, null, null);
	}

}

package org.gongkai.interpretation;

import java.time.Instant;

/** An interpretation in a list: its title, form, the policy it explains, and when it was published. */
public record InterpretationSummary(long id, long documentId, String title, InterpretationForm form, long policyId,
		String policyTitle, long unitId, String interpreterName, Instant publishedAt) {
}

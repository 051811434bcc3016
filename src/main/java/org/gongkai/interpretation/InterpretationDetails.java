package org.gongkai.interpretation;

import java.time.Instant;
import java.util.List;

/** What the interpretation module keeps about one interpretation, beside its catalogue document. */
public record InterpretationDetails(long id, long documentId, String title, InterpretationForm form, long policyId,
		String policyTitle, long unitId, String interpreterName, String interpreterTitle, String mediaUrl,
		List<QaPair> questions, Instant publishedAt, String createdBy, Instant createdAt) {
}

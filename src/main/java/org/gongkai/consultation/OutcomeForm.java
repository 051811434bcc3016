package org.gongkai.consultation;

import jakarta.validation.constraints.Size;

/** The feedback's overall text (意见采纳情况说明) and the final decision document in the catalogue, if issued. */
public record OutcomeForm(@Size(max = 20000) String summary, Long finalDocumentId) {
}

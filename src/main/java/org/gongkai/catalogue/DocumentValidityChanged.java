package org.gongkai.catalogue;

import java.time.LocalDate;

/** A document was marked expired, repealed or amended (or valid again), possibly with a successor. */
public record DocumentValidityChanged(long documentId, Validity validity, LocalDate since, Long successorId) {
}

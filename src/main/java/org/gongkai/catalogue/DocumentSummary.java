package org.gongkai.catalogue;

import java.time.Instant;
import java.time.LocalDate;

/** A document in a list: enough to show the row and link to the page. */
public record DocumentSummary(long id, String indexNumber, String title, String documentNumber, String categoryName,
		long unitId, String documentType, LocalDate formedOn, Instant publishedAt, Validity validity,
		DocumentStatus status, Disclosure disclosure) {

	static DocumentSummary of(Document d) {
		return new DocumentSummary(d.getId(), d.getIndexNumber(), d.getTitle(), d.getDocumentNumber(),
				d.getCategory().getName(), d.getUnitId(), d.getDocumentType(), d.getFormedOn(), d.getPublishedAt(),
				d.getValidity(), d.getStatus(), d.getDisclosure());
	}

	boolean isPublic() {
		return status == DocumentStatus.PUBLISHED && disclosure == Disclosure.PROACTIVE;
	}

	public boolean valid() {
		return validity == Validity.VALID;
	}

}

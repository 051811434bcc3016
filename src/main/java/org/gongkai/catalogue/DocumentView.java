package org.gongkai.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A whole document: metadata, sanitised body, attachments and the public version history. */
public record DocumentView(long id, String indexNumber, String title, String summary, String documentNumber,
		String issuingBody, long unitId, long categoryId, String categoryName, String keywords, String documentType,
		LocalDate formedOn, Instant publishedAt, LocalDate effectiveOn, LocalDate expiresOn, Disclosure disclosure,
		ExemptionGround exemptionGround, Validity validity, LocalDate validityChangedOn, Successor successor,
		String body, DocumentStatus status, Instant scheduledAt, String withdrawnReason, int revision, long version,
		String createdBy, Instant updatedAt, List<AttachmentView> attachments, List<RevisionView> revisions,
		Set<String> contributors) {

	/** The document that replaced this one. */
	public record Successor(long id, String title, String indexNumber) {
	}

	public boolean valid() {
		return validity == Validity.VALID;
	}

	public boolean isPublic() {
		return status == DocumentStatus.PUBLISHED && disclosure == Disclosure.PROACTIVE;
	}

	/** The metadata an editor changes, for the edit form. */
	public DocumentMetadata metadata() {
		return new DocumentMetadata(title, summary, documentNumber, issuingBody, unitId, categoryId, keywords,
				documentType, formedOn, effectiveOn, expiresOn, disclosure, exemptionGround, body);
	}

	static DocumentView of(Document d, List<AttachmentView> attachments, List<RevisionView> revisions) {
		Document s = d.getSuccessor();
		return new DocumentView(d.getId(), d.getIndexNumber(), d.getTitle(), d.getSummary(), d.getDocumentNumber(),
				d.getIssuingBody(), d.getUnitId(), d.getCategory().getId(), d.getCategory().getName(), d.getKeywords(),
				d.getDocumentType(), d.getFormedOn(), d.getPublishedAt(), d.getEffectiveOn(), d.getExpiresOn(),
				d.getDisclosure(), d.getExemptionGround(), d.getValidity(), d.getValidityChangedOn(),
				s == null ? null : new Successor(s.getId(), s.getTitle(), s.getIndexNumber()), d.getBody(),
				d.getStatus(), d.getScheduledAt(), d.getWithdrawnReason(), d.getRevision(), d.getVersion(),
				d.getCreatedBy(), d.getUpdatedAt(), attachments, revisions, Set.copyOf(d.getContributors()));
	}

}

package org.gongkai.powers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored legal basis. */
@Embeddable
class BasisEntry {

	@Column(name = "law_name", nullable = false)
	private String lawName;

	@Column(name = "article")
	private String article;

	@Column(name = "document_id")
	private Long documentId;

	protected BasisEntry() {
	}

	static BasisEntry of(LegalBasis basis) {
		BasisEntry entry = new BasisEntry();
		entry.lawName = basis.lawName().strip();
		entry.article = PowerDraft.trimmed(basis.article());
		entry.documentId = basis.documentId();
		return entry;
	}

	LegalBasis toBasis() {
		return new LegalBasis(lawName, article, documentId);
	}

}

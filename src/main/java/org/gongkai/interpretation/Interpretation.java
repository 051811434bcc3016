package org.gongkai.interpretation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.gongkai.common.Texts;

/**
 * A policy interpretation (政策解读): the catalogue document that holds it ({@code documentId}, reviewed and
 * published like every document), the policy it explains, and what the catalogue does not know: its form, who
 * interprets, its questions and answers, its media link. {@code publishedAt} mirrors the document's public state.
 */
@Entity
@Table(name = "interpretation")
class Interpretation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long policyId;

	private String policyTitle;

	private long documentId;

	private String title;

	@Enumerated(EnumType.STRING)
	private InterpretationForm form;

	private long unitId;

	private String interpreterName;

	private String interpreterTitle;

	private String mediaUrl;

	private Instant publishedAt;

	private String createdBy;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "interpretation_qa", joinColumns = @JoinColumn(name = "interpretation_id"))
	@OrderColumn(name = "qa_order")
	private List<QaEntry> questions = new ArrayList<>();

	protected Interpretation() {
	}

	Interpretation(long policyId, String policyTitle, long documentId, InterpretationDraft draft, long unitId,
			String createdBy, Instant createdAt) {
		this.policyId = policyId;
		this.policyTitle = policyTitle;
		this.documentId = documentId;
		this.title = draft.title().strip();
		this.form = draft.form();
		this.unitId = unitId;
		this.interpreterName = draft.form().namesInterpreter() ? Texts.blankToNull(draft.interpreterName()) : null;
		this.interpreterTitle = draft.form().namesInterpreter() ? Texts.blankToNull(draft.interpreterTitle())
				: null;
		this.mediaUrl = draft.form() == InterpretationForm.MEDIA ? draft.mediaUrl().strip() : null;
		if (draft.form() == InterpretationForm.QA) {
			draft.pairs().forEach(p -> questions.add(new QaEntry(p.question().strip(), p.answer().strip())));
		}
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Its document became public (or was revised): the public list shows it under the document's title. */
	void published(String documentTitle, Instant at) {
		this.title = documentTitle;
		if (publishedAt == null) {
			publishedAt = at;
		}
	}

	/** Its document was withdrawn: gone from every public list at once. */
	void withdrawn() {
		publishedAt = null;
	}

	Long getId() {
		return id;
	}

	long getPolicyId() {
		return policyId;
	}

	long getDocumentId() {
		return documentId;
	}

	long getUnitId() {
		return unitId;
	}

	InterpretationForm getForm() {
		return form;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

	InterpretationSummary toSummary() {
		return new InterpretationSummary(id, documentId, title, form, policyId, policyTitle, unitId, interpreterName,
				publishedAt);
	}

	InterpretationDetails toDetails() {
		return new InterpretationDetails(id, documentId, title, form, policyId, policyTitle, unitId, interpreterName,
				interpreterTitle, mediaUrl, questions.stream().map(QaEntry::toPair).toList(), publishedAt, createdBy,
				createdAt);
	}

}

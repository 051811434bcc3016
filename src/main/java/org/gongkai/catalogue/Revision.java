package org.gongkai.catalogue;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A version of a document's content: each published one (the public version history), and a revision of a
 * published document waiting for its confidentiality review.
 */
@Entity
@Table(name = "catalogue_revision")
class Revision {

	enum State {

		SUBMITTED, PUBLISHED, REJECTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long documentId;

	private Integer revision;

	private String title;

	private String summary;

	private String body;

	private String note;

	@Enumerated(EnumType.STRING)
	private State status;

	private String createdBy;

	private Instant createdAt;

	private Instant publishedAt;

	protected Revision() {
	}

	private Revision(long documentId, String title, String summary, String body, String note, State status,
			String createdBy, Instant createdAt) {
		this.documentId = documentId;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.note = note;
		this.status = status;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** The snapshot of what was published, as revision {@code number}. */
	static Revision published(Document document, int number, String note, String by, Instant now) {
		Revision r = new Revision(document.getId(), document.getTitle(), document.getSummary(), document.getBody(),
				note, State.PUBLISHED, by, now);
		r.revision = number;
		r.publishedAt = now;
		return r;
	}

	static Revision proposed(Document document, String title, String summary, String body, String note, String by,
			Instant now) {
		return new Revision(document.getId(), title, summary, body, note, State.SUBMITTED, by, now);
	}

	void publishAs(int number, Instant now) {
		this.revision = number;
		this.status = State.PUBLISHED;
		this.publishedAt = now;
	}

	void reject() {
		this.status = State.REJECTED;
	}

	RevisionView toView() {
		return new RevisionView(id, revision, title, note, status.name(), createdBy, createdAt, publishedAt);
	}

	Long getId() {
		return id;
	}

	long getDocumentId() {
		return documentId;
	}

	String getTitle() {
		return title;
	}

	String getSummary() {
		return summary;
	}

	String getBody() {
		return body;
	}

	State getStatus() {
		return status;
	}

}

package org.gongkai.catalogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** A file attached to a document, stored content-addressed; its extracted text is searchable. */
@Entity
@Table(name = "catalogue_attachment")
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	@Column(name = "extracted_text")
	@FullTextField(name = "text", analyzer = "chinese")
	private String extractedText;

	private Instant createdAt;

	protected Attachment() {
	}

	Attachment(Document document, StoredFile file, String extractedText, Instant now) {
		this.document = document;
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.sizeBytes = file.size();
		this.sha256 = file.sha256();
		this.extractedText = extractedText;
		this.createdAt = now;
	}

	AttachmentView toView() {
		return new AttachmentView(id, fileName, contentType, sizeBytes, sha256);
	}

	Long getId() {
		return id;
	}

	Document getDocument() {
		return document;
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

	String getSha256() {
		return sha256;
	}

	long getSizeBytes() {
		return sizeBytes;
	}

}

package org.gongkai.requests;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file released with the reply (答复所附政府信息): its name as uploaded, its checked type, and the private key it
 * is stored under like the applicant's own files. Only the applicant (with the query code or the mailed link) and
 * the case's handlers reach it, never a public address.
 */
@Entity
@Table(name = "request_reply_file")
class ReplyFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id")
	private long requestId;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String storageKey;

	private String sha256;

	private Instant uploadedAt;

	private String uploadedBy;

	protected ReplyFile() {
	}

	ReplyFile(long requestId, String fileName, String contentType, long sizeBytes, String storageKey, String sha256,
			Instant uploadedAt, String uploadedBy) {
		this.requestId = requestId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.storageKey = storageKey;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	ReplyFileView toView() {
		return new ReplyFileView(id, fileName, contentType, sizeBytes);
	}

	Long id() {
		return id;
	}

	String fileName() {
		return fileName;
	}

	String storageKey() {
		return storageKey;
	}

}

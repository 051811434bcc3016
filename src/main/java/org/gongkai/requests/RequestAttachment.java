package org.gongkai.requests;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file the applicant sent with the application (身份证明、其他材料): its name as uploaded, its checked type, and the
 * private key it is stored under. Never reachable from a public address.
 */
@Entity
@Table(name = "request_attachment")
class RequestAttachment {

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

	protected RequestAttachment() {
	}

	RequestAttachment(long requestId, String fileName, String contentType, long sizeBytes, String storageKey,
			String sha256, Instant uploadedAt) {
		this.requestId = requestId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.storageKey = storageKey;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
	}

	ApplicantFileView toView() {
		return new ApplicantFileView(id, fileName, contentType, sizeBytes, uploadedAt);
	}

	long requestId() {
		return requestId;
	}

	String storageKey() {
		return storageKey;
	}

}

package org.gongkai.consultation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file published with the draft (the draft as issued, its explanation, background material). */
@Entity
@Table(name = "consultation_file")
class ConsultationFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "consultation_id")
	private Consultation consultation;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	private Instant uploadedAt;

	protected ConsultationFile() {
	}

	ConsultationFile(Consultation consultation, String fileName, String contentType, long sizeBytes, String sha256,
			Instant uploadedAt) {
		this.consultation = consultation;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
	}

	Long id() {
		return id;
	}

	String fileName() {
		return fileName;
	}

	String contentType() {
		return contentType;
	}

	long sizeBytes() {
		return sizeBytes;
	}

	String sha256() {
		return sha256;
	}

}

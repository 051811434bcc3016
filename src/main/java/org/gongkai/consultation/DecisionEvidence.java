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

/** A file that proves a procedure took place (会议纪要、专家意见、风险评估报告、合法性审查意见), kept by its SHA-256. */
@Entity
@Table(name = "decision_evidence")
class DecisionEvidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "step_id")
	private DecisionStep step;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	private Instant createdAt;

	protected DecisionEvidence() {
	}

	DecisionEvidence(DecisionStep step, String fileName, String contentType, long sizeBytes, String sha256,
			Instant now) {
		this.step = step;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.createdAt = now;
	}

	DecisionEvidenceView toView() {
		return new DecisionEvidenceView(id, fileName, contentType, sizeBytes, sha256);
	}

	Long getId() {
		return id;
	}

	DecisionStep getStep() {
		return step;
	}

	String getFileName() {
		return fileName;
	}

	String getSha256() {
		return sha256;
	}

}

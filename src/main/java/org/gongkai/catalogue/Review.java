package org.gongkai.catalogue;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A confidentiality review (保密审查) with its conclusion and reason, kept for the record. */
@Entity
@Table(name = "catalogue_review")
class Review {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long documentId;

	private Long revisionId;

	private String reviewer;

	private String reviewerUnit;

	@Enumerated(EnumType.STRING)
	private ReviewConclusion conclusion;

	private String reason;

	private Instant reviewedAt;

	protected Review() {
	}

	Review(long documentId, Long revisionId, String reviewer, String reviewerUnit, ReviewConclusion conclusion,
			String reason, Instant reviewedAt) {
		this.documentId = documentId;
		this.revisionId = revisionId;
		this.reviewer = reviewer;
		this.reviewerUnit = reviewerUnit;
		this.conclusion = conclusion;
		this.reason = reason;
		this.reviewedAt = reviewedAt;
	}

	ReviewView toView() {
		return new ReviewView(id, revisionId, reviewer, reviewerUnit, conclusion, reason, reviewedAt);
	}

}

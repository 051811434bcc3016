package org.gongkai.requests;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A link to the reply mailed to the applicant ({@link ReplyLinks}): only the SHA-256 of its token is kept, with
 * the time it stops working and, when staff withdrew it or a newer link replaced it, the time it was revoked.
 */
@Entity
@Table(name = "request_reply_link")
class ReplyLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id")
	private long requestId;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant revokedAt;

	protected ReplyLink() {
	}

	ReplyLink(long requestId, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.requestId = requestId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean validAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	long requestId() {
		return requestId;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	Instant revokedAt() {
		return revokedAt;
	}

}

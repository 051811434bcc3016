package org.gongkai.identity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A personal API token. Only its SHA-256 is kept; it expires and can be revoked. */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "staff_id")
	private StaffAccount staff;

	private String name;

	private String tokenHash;

	private String prefix;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant revokedAt;

	private Instant lastUsedAt;

	protected ApiToken() {
	}

	ApiToken(StaffAccount staff, String name, String tokenHash, String prefix, Instant createdAt, Instant expiresAt) {
		this.staff = staff;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	/** Records use at most once a minute, so that busy scripts do not write on every request. */
	void usedAt(Instant now) {
		if (lastUsedAt == null || lastUsedAt.plusSeconds(60).isBefore(now)) {
			lastUsedAt = now;
		}
	}

	ApiTokenView toView(Instant now) {
		return new ApiTokenView(id, name, prefix, createdAt, expiresAt, revokedAt, lastUsedAt, usableAt(now));
	}

	Long getId() {
		return id;
	}

	StaffAccount getStaff() {
		return staff;
	}

	String getName() {
		return name;
	}

}

package org.gongkai.consultation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An opinion on a draft (意见), on the whole draft or anchored to one article. Its author sees its status with a
 * code only they were given (stored as a SHA-256); the public sees it only once approved, never its contact.
 */
@Entity
@Table(name = "consultation_comment")
class ConsultationComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long consultationId;

	private Long articleId;

	private String authorName;

	private String contact;

	private String body;

	private Instant submittedAt;

	private String statusCodeHash;

	@Enumerated(EnumType.STRING)
	private CommentStatus status = CommentStatus.PENDING;

	private String flaggedWords;

	@Enumerated(EnumType.STRING)
	private Rejection rejection;

	private String moderatedBy;

	private Instant moderatedAt;

	private String reply;

	private String repliedBy;

	private Instant repliedAt;

	private Long groupId;

	@Version
	private long version;

	protected ConsultationComment() {
	}

	ConsultationComment(long consultationId, Long articleId, String authorName, String contact, String body,
			Instant submittedAt, String statusCodeHash, String flaggedWords) {
		this.consultationId = consultationId;
		this.articleId = articleId;
		this.authorName = authorName;
		this.contact = contact;
		this.body = body;
		this.submittedAt = submittedAt;
		this.statusCodeHash = statusCodeHash;
		this.flaggedWords = flaggedWords;
	}

	void approve(String by, Instant at) {
		this.status = CommentStatus.APPROVED;
		this.rejection = null;
		this.moderatedBy = by;
		this.moderatedAt = at;
	}

	void reject(Rejection reason, String by, Instant at) {
		this.status = CommentStatus.REJECTED;
		this.rejection = reason;
		this.moderatedBy = by;
		this.moderatedAt = at;
	}

	void reply(String text, String by, Instant at) {
		this.reply = text;
		this.repliedBy = by;
		this.repliedAt = at;
	}

	void group(Long groupId) {
		this.groupId = groupId;
	}

	Long id() {
		return id;
	}

	long consultationId() {
		return consultationId;
	}

	Long articleId() {
		return articleId;
	}

	String authorName() {
		return authorName;
	}

	String contact() {
		return contact;
	}

	String body() {
		return body;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	CommentStatus status() {
		return status;
	}

	String flaggedWords() {
		return flaggedWords;
	}

	Rejection rejection() {
		return rejection;
	}

	String moderatedBy() {
		return moderatedBy;
	}

	Instant moderatedAt() {
		return moderatedAt;
	}

	String reply() {
		return reply;
	}

	Instant repliedAt() {
		return repliedAt;
	}

	Long groupId() {
		return groupId;
	}

	long version() {
		return version;
	}

}

package org.gongkai.consultation;

/** A comment's moderation (审核): nothing a citizen writes is public before a moderator approves it. */
public enum CommentStatus {

	PENDING, APPROVED, REJECTED;

	public String messageKey() {
		return "consultation.comment.status." + name();
	}

}

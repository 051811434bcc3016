package org.gongkai.consultation;

import java.time.Instant;
import java.util.List;

/**
 * A comment as shown: to the public only approved ones, with the name given (or none) and no contact; to staff
 * with the contact masked, the moderation and the words that flagged it.
 */
public record CommentView(long id, long consultationId, Long articleId, String articleLabel, String authorName,
		String maskedContact, String body, Instant submittedAt, CommentStatus status, List<String> flaggedWords,
		Rejection rejection, String reply, Instant repliedAt, Long groupId, long version) {

	public boolean flagged() {
		return !flaggedWords.isEmpty();
	}

	public boolean hasContact() {
		return maskedContact != null;
	}

}

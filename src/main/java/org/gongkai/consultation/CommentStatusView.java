package org.gongkai.consultation;

import java.time.Instant;

/** What the code shows its holder: their comment, its moderation, and the drafting unit's reply if any. */
public record CommentStatusView(long consultationId, String consultationTitle, String articleLabel, String body,
		Instant submittedAt, CommentStatus status, Rejection rejection, String reply, Instant repliedAt) {
}

package org.gongkai.consultation;

/** What a commenter is given: the code (shown once, never stored in clear) to see the comment's status. */
public record CommentReceipt(long consultationId, String statusCode, boolean flagged) {
}

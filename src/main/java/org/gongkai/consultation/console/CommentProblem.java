package org.gongkai.consultation.console;

/**
 * Why a moderation step on one comment was refused, shown at that comment's form (the queue holds many), with
 * what the moderator typed so that a refused reply is not lost.
 */
public record CommentProblem(long commentId, String field, String message, String typed) {

	public boolean on(long id, String name) {
		return commentId == id && (name == null ? field == null : name.equals(field));
	}

	public boolean at(long id) {
		return commentId == id;
	}

}

package org.gongkai.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A citizen's comment: on the whole draft ({@code articleId} empty) or on one article. Name and contact are
 * optional; a reply needs a contact. {@code wantsReply} may be absent (an unticked checkbox sends nothing).
 */
public record CommentForm(Long articleId, @Size(max = 100) String name, @Size(max = 200) String contact,
		Boolean wantsReply, @NotBlank @Size(max = 4000) String body) {

	public boolean replyWanted() {
		return Boolean.TRUE.equals(wantsReply);
	}

	public static CommentForm empty(Long articleId) {
		return new CommentForm(articleId, "", "", false, "");
	}

}

package org.gongkai.consultation.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongkai.consultation.CommentForm;

/**
 * The comment form as the page sends it: an unticked checkbox sends nothing, so {@code wantsReply} may be absent
 * (no reply wanted). Limits as the core's {@link CommentForm}; the core checks the rest.
 */
record CommentFields(Long articleId, @Size(max = 100) String name, @Size(max = 200) String contact,
		Boolean wantsReply, @NotBlank @Size(max = 4000) String body) {

	static CommentFields of(CommentForm form) {
		return new CommentFields(form.articleId(), form.name(), form.contact(), form.wantsReply(), form.body());
	}

	CommentForm toForm() {
		return new CommentForm(articleId, name, contact, Boolean.TRUE.equals(wantsReply), body);
	}

}

package org.gongkai.consultation.site;

import java.util.List;

import org.gongkai.common.shell.PersonalPages;
import org.springframework.stereotype.Component;

/** A commenter's own pages: the receipt and the status lookup with the query code (page and API). */
@Component
class PersonalCommentPages implements PersonalPages {

	@Override
	public List<String> patterns() {
		return List.of("/consultations/{id}/comments/receipt", "/consultations/comments/status",
				"/api/v1/consultations/comments/{code}");
	}

}

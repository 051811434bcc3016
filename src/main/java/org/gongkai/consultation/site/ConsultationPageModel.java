package org.gongkai.consultation.site;

import org.gongkai.consultation.CommentForm;
import org.gongkai.consultation.ConsultationProperties;
import org.gongkai.consultation.ConsultationView;
import org.gongkai.consultation.PublicConsultations;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a consultation's page needs, shown first or again after a comment was refused: the consultation with its
 * approved comments, and the comment form (what was typed kept) with the longest comment accepted.
 */
@Component
class ConsultationPageModel {

	static final String VIEW = "consultation/site/consultation";

	static final String FORM = "commentForm";

	private final PublicConsultations consultations;

	private final ConsultationProperties properties;

	ConsultationPageModel(PublicConsultations consultations, ConsultationProperties properties) {
		this.consultations = consultations;
		this.properties = properties;
	}

	/** The page with an empty form, the article chosen when it belongs to the draft ({@code ?article=}). */
	String fresh(ConsultationView view, Long articleId, Model model) {
		Long chosen = articleId != null && view.articles().stream().anyMatch(a -> a.id() == articleId) ? articleId
				: null;
		return fill(view, CommentForm.empty(chosen), model);
	}

	/** The page again with the form as it was sent (its errors are already in the model's binding result). */
	String again(long id, Model model) {
		return fill(consultations.view(id), null, model);
	}

	private String fill(ConsultationView view, CommentForm form, Model model) {
		model.addAttribute("c", view);
		if (form != null) {
			model.addAttribute(FORM, form);
		}
		model.addAttribute("maxLength", properties.commentMaxLength());
		return VIEW;
	}

}

package org.gongkai.consultation.site;

import java.io.IOException;

import org.gongkai.common.PublicCaching;
import org.gongkai.consultation.ConsultationView;
import org.gongkai.consultation.PublicConsultations;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * A consultation's public page: the draft article by article with the approved comments beside each, the comment
 * form while it is open ({@code ?article=} chooses the article, so each article's link needs no script), what
 * happens next when it is not, the feedback once concluded; and its files, downloaded under their own names.
 */
@Controller
class ConsultationPageController {

	private final ConsultationPageModel page;

	private final PublicConsultations consultations;

	private final PublicCaching caching;

	ConsultationPageController(ConsultationPageModel page, PublicConsultations consultations, PublicCaching caching) {
		this.page = page;
		this.consultations = consultations;
		this.caching = caching;
	}

	@GetMapping("/consultations/{id}")
	String consultation(@PathVariable long id, @RequestParam(name = "article", required = false) Long article,
			WebRequest request, Model model) {
		ConsultationView view = consultations.view(id);
		// While open, the page holds the comment form with the reader's own CSRF token: it is never shared.
		if (!view.open() && caching.pageNotModified(request, caching.current())) {
			return null;
		}
		return page.fresh(view, article, model);
	}

	@GetMapping("/consultations/{id}/files/{fileId}")
	ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) throws IOException {
		return consultations.file(id, fileId).asAttachment();
	}

}

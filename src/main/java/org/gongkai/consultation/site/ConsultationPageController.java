package org.gongkai.consultation.site;

import java.io.IOException;

import org.gongkai.consultation.PublicConsultations;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A consultation's public page: the draft article by article with the approved comments beside each, the comment
 * form while it is open ({@code ?article=} chooses the article, so each article's link needs no script), what
 * happens next when it is not, the feedback once concluded; and its files, downloaded under their own names.
 */
@Controller
class ConsultationPageController {

	private final ConsultationPageModel page;

	private final PublicConsultations consultations;

	ConsultationPageController(ConsultationPageModel page, PublicConsultations consultations) {
		this.page = page;
		this.consultations = consultations;
	}

	@GetMapping("/consultations/{id}")
	String consultation(@PathVariable long id, @RequestParam(name = "article", required = false) Long article,
			Model model) {
		return page.fresh(id, article, model);
	}

	@GetMapping("/consultations/{id}/files/{fileId}")
	ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) throws IOException {
		return consultations.file(id, fileId).asAttachment();
	}

}

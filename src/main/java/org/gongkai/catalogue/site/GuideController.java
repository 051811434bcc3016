package org.gongkai.catalogue.site;

import org.gongkai.common.PublicCaching;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/** 公开指南: the disclosure guide for the public, as the disclosure office last saved it. */
@Controller
class GuideController {

	private final Guides guides;

	private final PublicCaching caching;

	GuideController(Guides guides, PublicCaching caching) {
		this.guides = guides;
		this.caching = caching;
	}

	@GetMapping("/guide")
	String guide(WebRequest request, Model model) {
		GuideView guide = guides.current().orElse(null);
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		model.addAttribute("guide", guide);
		return "catalogue/site/guide";
	}

}

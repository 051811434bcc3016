package org.gongkai.portal;

import java.util.Comparator;
import java.util.List;

import org.gongkai.common.PublicCaching;
import org.gongkai.common.shell.HomeBlock;
import org.gongkai.common.shell.PortalSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The home page: the blocks the sections contribute (their latest items with dates, or figures), then the cards
 * of every section. The portal knows no section by name: a section is there when its module is, and a path no
 * module serves is the site's 404.
 */
@Controller
class PortalController {

	private final List<PortalSection> sections;

	private final PublicCaching caching;

	PortalController(List<PortalSection> sections, PublicCaching caching) {
		this.sections = List.copyOf(sections);
		this.caching = caching;
	}

	/** Cached like every public page: validators from the public content's version, 304 when unchanged. */
	@GetMapping("/")
	String home(WebRequest request, Model model) {
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		model.addAttribute("blocks", blocks());
		return "portal/home";
	}

	private List<HomeBlock> blocks() {
		return sections.stream()
			.flatMap(section -> section.homeBlocks().stream())
			.sorted(Comparator.comparingInt(HomeBlock::order))
			.toList();
	}

}

package org.gongkai.services.web;

import org.gongkai.common.Notice;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.services.FeaturedGuides;
import org.gongkai.services.ServiceGuides;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console: the office puts a guide among the home page's 常用服务 at a place, or (a blank place) takes it off
 * ({@link FeaturedGuides}). A place that is no number from 1 to 99 is refused and changes nothing.
 */
@Controller
class FeaturedGuideConsole {

	private final ServiceGuides guides;

	FeaturedGuideConsole(ServiceGuides guides) {
		this.guides = guides;
	}

	@PostMapping("/admin/services/{code}/featured")
	String feature(@PathVariable String code, @RequestParam(required = false) String order,
			RedirectAttributes redirect) {
		Integer place = place(order);
		guides.feature(CurrentStaff.require(), code, place);
		redirect.addFlashAttribute("flash",
				place == null ? Notice.of("services.featured.removed") : Notice.of("services.featured.saved", place));
		return "redirect:/admin/services/" + code;
	}

	private static Integer place(String order) {
		if (order == null || order.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(order.strip());
		}
		catch (NumberFormatException ex) {
			throw RuleViolation.invalid("featuredOrder", "services.featured.order.range", 1, FeaturedGuides.MAX_ORDER);
		}
	}

}

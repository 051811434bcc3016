package org.gongkai.catalogue.console;

import org.gongkai.catalogue.ReviewQueue;
import org.gongkai.catalogue.ReviewQueueItem;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Console: the review queue (待保密审查) of the signed-in reviewer, oldest first, {@value #PAGE_SIZE} a page. Each row
 * opens the document's page, where the review form is (or, under four eyes, the reason it is not).
 */
@Controller
class ReviewQueueConsole {

	static final String PATH = "/admin/documents/review";

	static final int PAGE_SIZE = 20;

	private final ReviewQueue queue;

	private final UnitNames units;

	ReviewQueueConsole(ReviewQueue queue, UnitNames units) {
		this.queue = queue;
		this.units = units;
	}

	@GetMapping(PATH)
	String queue(@RequestParam(defaultValue = "0") int page, Model model) {
		Me me = CurrentStaff.require();
		Page<ReviewQueueItem> items = queue.page(me, page, PAGE_SIZE);
		model.addAttribute("items", items);
		model.addAttribute("unitNames", units.all());
		model.addAttribute("allUnits", me.office() || me.admin());
		return "catalogue/console/review-queue";
	}

}

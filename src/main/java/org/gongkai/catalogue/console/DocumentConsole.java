package org.gongkai.catalogue.console;

import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentStatus;
import org.gongkai.catalogue.DocumentSummary;
import org.gongkai.catalogue.EditorWork;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Console: the documents of the member's unit (every unit for the disclosure office), and one document's page. */
@Controller
@RequestMapping("/admin/documents")
class DocumentConsole {

	static final int PAGE_SIZE = 20;

	private final Catalogue catalogue;

	private final UnitNames units;

	private final DocumentPage page;

	private final EditorWork work;

	DocumentConsole(Catalogue catalogue, UnitNames units, DocumentPage page, EditorWork work) {
		this.catalogue = catalogue;
		this.units = units;
		this.page = page;
		this.work = work;
	}

	/**
	 * Newest first, filtered by status, {@value #PAGE_SIZE} a page. Filtered on 待审查 it is the review queue: rows
	 * the member drafted or changed are marked, since four eyes leaves their review to someone else. With
	 * {@code returned=true}, the drafts of theirs a reviewer returned (the dashboard's card), whatever the status.
	 */
	@GetMapping
	String list(@RequestParam(required = false) DocumentStatus status,
			@RequestParam(defaultValue = "false") boolean returned, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Me me = CurrentStaff.require();
		Page<DocumentSummary> documents = returned ? work.returnedDrafts(me, page, PAGE_SIZE)
				: catalogue.staffPage(me, status, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("documents", documents);
		model.addAttribute("notMineToReview", catalogue.notMineToReview(me, documents.getContent()));
		model.addAttribute("status", returned ? null : status);
		model.addAttribute("returned", returned);
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("unitNames", units.all());
		model.addAttribute("canDraft", DocumentActions.canDraft(me));
		return "catalogue/console/documents";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		return page.render(CurrentStaff.require(), id, model);
	}

}

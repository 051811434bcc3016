package org.gongkai.search.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

import org.gongkai.catalogue.DocumentSearch;
import org.gongkai.common.Notice;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.search.IndexRebuild;
import org.gongkai.search.RebuildProgress;
import org.gongkai.search.SearchService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console page 搜索索引: documents in the index against public documents in the database, and a rebuild that
 * runs in the background; reloading the page shows its progress.
 */
@Controller
@RequestMapping("/admin/search")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','DISCLOSURE_OFFICE')")
class SearchConsole {

	private final SearchService search;

	private final DocumentSearch documents;

	private final IndexRebuild rebuild;

	private final Clock clock;

	SearchConsole(SearchService search, DocumentSearch documents, IndexRebuild rebuild, Clock clock) {
		this.search = search;
		this.documents = documents;
		this.rebuild = rebuild;
		this.clock = clock;
	}

	@GetMapping
	String page(Model model) {
		RebuildProgress progress = rebuild.progress();
		model.addAttribute("indexed", search.indexedCount());
		model.addAttribute("published", documents.publicCount());
		model.addAttribute("progress", progress);
		model.addAttribute("startedAt", local(progress.startedAt()));
		model.addAttribute("finishedAt", local(progress.finishedAt()));
		return "search/console";
	}

	@PostMapping("/rebuild")
	String rebuild(RedirectAttributes redirect) {
		boolean started = rebuild.start(CurrentStaff.require().username(), "rebuild requested in the console");
		redirect.addFlashAttribute("flash", Notice.of(started ? "search.rebuild.started" : "search.rebuild.busy"));
		return "redirect:/admin/search";
	}

	private LocalDateTime local(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
	}

}

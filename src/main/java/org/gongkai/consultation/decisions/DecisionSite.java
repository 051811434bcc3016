package org.gongkai.consultation.decisions;

import java.io.IOException;

import org.gongkai.common.PublicCaching;
import org.gongkai.common.RuleViolation;
import org.gongkai.consultation.DecisionRecords;
import org.gongkai.consultation.MajorDecisionSummary;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * Public pages of major decisions (重大行政决策公开): the list of published decisions, the most recently decided
 * first, each with how many of the five procedures were carried out; a decision's page with its procedure record,
 * evidence downloads and links to its consultation and result document. Drafts and withdrawn records are not found.
 */
@Controller
class DecisionSite {

	static final int PAGE_SIZE = 20;

	private final DecisionRecords records;

	private final PublicCaching caching;

	DecisionSite(DecisionRecords records, PublicCaching caching) {
		this.records = records;
		this.caching = caching;
	}

	@GetMapping("/decisions")
	String list(@RequestParam(defaultValue = "1") int page, WebRequest request, Model model) {
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		Page<MajorDecisionSummary> found = records.publicPage(Math.max(page, 1) - 1, PAGE_SIZE);
		model.addAttribute("decisions", found);
		return "consultation/decisions/site/list";
	}

	@GetMapping("/decisions/{id}")
	String page(@PathVariable long id, WebRequest request, Model model) {
		var decision = records.publicDecision(id).orElseThrow(() -> RuleViolation.notFound("decision.notFound", id));
		if (caching.pageNotModified(request, caching.current())) {
			return null;
		}
		model.addAttribute("decision", decision);
		return "consultation/decisions/site/decision";
	}

	@GetMapping("/decisions/evidence/{evidenceId}")
	ResponseEntity<InputStreamResource> evidence(@PathVariable long evidenceId) throws IOException {
		return EvidenceDownloads.body(records.publicEvidence(evidenceId));
	}

}

package org.gongkai.consultation.decisions;

import java.io.IOException;

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

/**
 * Public pages of major decisions (重大行政决策公开): the list of published decisions, the most recently decided
 * first, each with how many of the five procedures were carried out; a decision's page with its procedure record,
 * evidence downloads and links to its consultation and result document. Drafts and withdrawn records are not found.
 */
@Controller
class DecisionSite {

	static final int PAGE_SIZE = 20;

	private final DecisionRecords records;

	DecisionSite(DecisionRecords records) {
		this.records = records;
	}

	@GetMapping("/decisions")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		Page<MajorDecisionSummary> found = records.publicPage(Math.max(page, 1) - 1, PAGE_SIZE);
		model.addAttribute("decisions", found);
		return "consultation/decisions/site/list";
	}

	@GetMapping("/decisions/{id}")
	String page(@PathVariable long id, Model model) {
		model.addAttribute("decision",
				records.publicDecision(id).orElseThrow(() -> RuleViolation.notFound("decision.notFound", id)));
		return "consultation/decisions/site/decision";
	}

	@GetMapping("/decisions/evidence/{evidenceId}")
	ResponseEntity<InputStreamResource> evidence(@PathVariable long evidenceId) throws IOException {
		return EvidenceDownloads.body(records.publicEvidence(evidenceId));
	}

}

package org.gongkai.consultation.decisions;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.gongkai.common.RuleViolation;
import org.gongkai.consultation.DecisionRecords;
import org.gongkai.consultation.MajorDecisionSummary;
import org.gongkai.consultation.MajorDecisionView;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public API of major decisions: published records only, with their five procedures and evidence. */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Major decisions", description = "Published records of major administrative decisions (重大行政决策) "
		+ "through the five statutory procedures")
class DecisionsApi {

	private final DecisionRecords records;

	DecisionsApi(DecisionRecords records) {
		this.records = records;
	}

	/** One page of decisions, the most recently decided first. */
	record DecisionPage(List<MajorDecisionSummary> items, int page, int size, long totalItems, int totalPages) {

		static DecisionPage of(Page<MajorDecisionSummary> page) {
			return new DecisionPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

	@GetMapping
	@Operation(summary = "Published major decisions, the most recently decided first, with how many of the five "
			+ "procedures were carried out (page from 0)")
	DecisionPage list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return DecisionPage.of(records.publicPage(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A published major decision with its five procedures (date, unit, description, evidence "
			+ "files downloadable at /decisions/evidence/{evidenceId}) and the ids of its consultation and result")
	MajorDecisionView get(@PathVariable long id) {
		return records.publicDecision(id).orElseThrow(() -> RuleViolation.notFound("decision.notFound", id));
	}

}

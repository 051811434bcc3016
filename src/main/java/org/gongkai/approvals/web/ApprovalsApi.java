package org.gongkai.approvals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongkai.approvals.ApprovalProgress;
import org.gongkai.approvals.ProgressView;
import org.gongkai.common.RateLimiter;
import org.gongkai.common.RuleViolation;

/**
 * The public progress lookup of an approval case: the same answer as the page, the same 404 problem for an unknown
 * number and a wrong code, the same rate limit, never cached.
 */
@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "Approval cases (办件): progress lookup by case number and query code")
class ApprovalsApi {

	private final ApprovalProgress progress;

	private final RateLimiter rateLimiter;

	ApprovalsApi(ApprovalProgress progress, RateLimiter rateLimiter) {
		this.progress = progress;
		this.rateLimiter = rateLimiter;
	}

	@GetMapping("/{caseNumber}")
	@Operation(summary = "Look up a case's progress",
			description = "The item, state, each dated step, suspensions, statutory and promised due dates (counted in "
					+ "working days from acceptance, suspensions not counted; provisional when a year's holiday notice "
					+ "is not loaded) and the decision number; the applicant masked. An unknown number and a wrong code "
					+ "both answer the same 404.",
			responses = { @ApiResponse(responseCode = "200", description = "The case as its applicant sees it"),
					@ApiResponse(responseCode = "404", description = "Unknown case number or wrong query code",
							content = @Content(mediaType = "application/problem+json")),
					@ApiResponse(responseCode = "429", description = "Too many lookups from this address",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<ProgressView> progress(@PathVariable String caseNumber,
			@Parameter(description = "The query code given at registration") @RequestParam(required = false) String queryCode) {
		rateLimiter.check(ProgressLimit.NAME);
		return progress.lookup(caseNumber, queryCode)
			.map(view -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view))
			.orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, "approvals.lookup.notFound", null));
	}

}

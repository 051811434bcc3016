package org.gongkai.consultation.site;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.gongkai.common.RateLimitedBy;
import org.gongkai.common.RateLimiter;
import org.gongkai.consultation.CommentReceipt;
import org.gongkai.consultation.Comments;
import org.gongkai.consultation.ConsultationSummary;
import org.gongkai.consultation.Phase;
import org.gongkai.consultation.PublicConsultations;
import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public consultations API (公开征求意见): the list by phase, a consultation with its approved comments by
 * article and its feedback, commenting, and a comment's status by its code. Bad input is RFC 9457 problem details
 * naming the field; a comment outside the period is a 409 problem saying when it opens or closed.
 */
@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "Consultations", description = "Public consultation on drafts (公开征求意见): read, comment, follow a comment")
class ConsultationsApi {

	static final int MAX_SIZE = 100;

	private final PublicConsultations consultations;

	private final Comments comments;

	private final RateLimiter rateLimiter;

	ConsultationsApi(PublicConsultations consultations, Comments comments, RateLimiter rateLimiter) {
		this.consultations = consultations;
		this.comments = comments;
		this.rateLimiter = rateLimiter;
	}

	@GetMapping
	@Operation(summary = "List consultations",
			description = "One phase (OPEN: closing soonest first; UPCOMING; CLOSED: awaiting the feedback; CONCLUDED: "
					+ "feedback published) or, without phase, all public ones, newest opening first.")
	ApiConsultations.ConsultationList list(
			@Parameter(description = "OPEN, UPCOMING, CLOSED or CONCLUDED; absent for all") @RequestParam(required = false) Phase phase,
			@Parameter(description = "From 1") @RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_SIZE) int size) {
		Page<ConsultationSummary> found = consultations.page(phase == Phase.DRAFT ? null : phase, page - 1, size);
		return new ApiConsultations.ConsultationList(found.map(ApiConsultations.Item::of).getContent(), page, size,
				found.getTotalElements());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A consultation",
			description = "The draft by article with the approved comments anchored to each, the comments on the whole "
					+ "draft, the files, and once concluded the feedback with the final decision document.",
			responses = { @ApiResponse(responseCode = "200", description = "The consultation"),
					@ApiResponse(responseCode = "404", description = "No public consultation with this id",
							content = @Content(mediaType = "application/problem+json")) })
	ApiConsultations.Detail consultation(@PathVariable long id) {
		return ApiConsultations.Detail.of(consultations.view(id));
	}

	@PostMapping("/{id}/comments")
	@Operation(summary = "Comment on a draft",
			description = "On the whole draft (articleId absent) or on one article. Plain text only: markup is refused. "
					+ "A reply needs a contact (wantsReply); the contact is never published. Every comment is moderated "
					+ "before it is public. The status code is in this answer only.",
			responses = { @ApiResponse(responseCode = "201", description = "Comment received; Location is its status"),
					@ApiResponse(responseCode = "400", description = "Invalid comment: problem details naming the field",
							content = @Content(mediaType = "application/problem+json")),
					@ApiResponse(responseCode = "404", description = "No public consultation with this id",
							content = @Content(mediaType = "application/problem+json")),
					@ApiResponse(responseCode = "409", description = "Not open for comments (not yet, or closed)",
							content = @Content(mediaType = "application/problem+json")),
					@ApiResponse(responseCode = "429", description = "Too many comments from this address",
							content = @Content(mediaType = "application/problem+json")) })
	@RateLimitedBy(CommentController.RATE_LIMIT)
	ResponseEntity<ApiConsultations.Receipt> comment(@PathVariable long id, @Valid @RequestBody ApiConsultations.CommentBody body) {
		CommentReceipt receipt = comments.submit(id, body.toForm());
		String status = ApiConsultations.link("/api/v1/consultations/comments/{code}", receipt.statusCode());
		return ResponseEntity.created(URI.create(status))
			.cacheControl(CacheControl.noStore())
			.body(new ApiConsultations.Receipt(id, receipt.statusCode(), status));
	}

	@GetMapping("/comments/{code}")
	@Operation(summary = "A comment's status",
			description = "The comment, its article, its moderation (PENDING, APPROVED, REJECTED with the reason) and "
					+ "the drafting unit's reply. Every look-up counts against a rate limit.",
			responses = { @ApiResponse(responseCode = "200", description = "The comment as its author sees it"),
					@ApiResponse(responseCode = "404", description = "Unknown code",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<ApiConsultations.Status> status(@PathVariable String code) {
		rateLimiter.check(CommentStatusController.RATE_LIMIT);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(ApiConsultations.Status.of(comments.status(code)));
	}

}

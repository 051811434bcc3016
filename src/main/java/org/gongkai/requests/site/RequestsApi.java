package org.gongkai.requests.site;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.gongkai.common.ClientAddress;
import org.gongkai.common.RuleViolation;
import org.gongkai.requests.ApplicationForm;
import org.gongkai.common.RateLimitedBy;
import org.gongkai.common.RateLimiter;
import org.gongkai.requests.Applications;
import org.gongkai.requests.IdempotencyKey;
import org.gongkai.requests.Receipt;
import org.gongkai.requests.TrackingView;

/**
 * The public API of disclosure on application: apply (with an optional {@code Idempotency-Key}, the form's one-time
 * key) and track with the tracking number and query code. Answers carry case data, so nothing is cached; bad input
 * is RFC 9457 problem details naming each field, and a wrong code answers exactly like an unknown number (404).
 */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Requests", description = "Disclosure on application (依申请公开): apply online and track an application")
class RequestsApi {

	private final Applications applications;

	private final RateLimiter rateLimiter;

	/** Serialises the bound form again, so that a retry's spacing or key order does not change its body's hash. */
	private final JsonMapper json = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

	RequestsApi(Applications applications, RateLimiter rateLimiter) {
		this.applications = applications;
		this.rateLimiter = rateLimiter;
	}

	/** What the applicant keeps: the query code too, shown to the applicant (or its retry) only. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ReceiptBody(String trackingNumber,
			@Schema(description = "The secret query code, shown only in the 201 answer (and its retry)") String queryCode,
			LocalDate receivedOn, LocalDate dueDate,
			@Schema(description = "The due date runs into a year whose holiday notice is not loaded yet: it counts the statutory holidays only and may move") boolean dueDateProvisional) {

		static ReceiptBody of(Receipt receipt) {
			return new ReceiptBody(receipt.trackingNumber(), receipt.queryCode(), receipt.receivedOn(),
					receipt.dueDate(), receipt.dueDateProvisional());
		}

	}

	@PostMapping
	@Operation(summary = "Apply for government information",
			description = "Received today if today is a working day, else on the next working day. The query code "
					+ "is given in the 201 answer. An Idempotency-Key belongs to the client that sent it (its address) "
					+ "and to the body it came with: a retry from the same client with the same key and the same body "
					+ "creates nothing and answers the first answer again (201, same tracking number and query code); "
					+ "the same key with another body answers 422.",
			responses = { @ApiResponse(responseCode = "201", description = "Application received (or a retry of it)"),
					@ApiResponse(responseCode = "400", description = "Invalid application: problem details listing each field",
							content = @Content(mediaType = "application/problem+json")),
					@ApiResponse(responseCode = "422", description = "Idempotency-Key already used with another body",
							content = @Content(mediaType = "application/problem+json")) })
	@RateLimitedBy(RateLimits.APPLY)
	ResponseEntity<ReceiptBody> apply(@Valid @RequestBody ApplicationForm form,
			@Parameter(in = ParameterIn.HEADER, description = "Optional one-time key (1-60 printable ASCII characters) "
					+ "that makes a retried submission one application")
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		IdempotencyKey key = idempotencyKey == null ? null
				: IdempotencyKey.of(RateLimiter.clientKey(ClientAddress.current()), checked(idempotencyKey),
						json.writeValueAsBytes(form));
		Receipt receipt = applyOnce(form, key);
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/requests/{trackingNumber}")
			.buildAndExpand(receipt.trackingNumber())
			.toUri();
		return ResponseEntity.created(location).cacheControl(CacheControl.noStore()).body(ReceiptBody.of(receipt));
	}

	@GetMapping("/{trackingNumber}")
	@Operation(summary = "Track an application",
			description = "Status, the clock itemised (working days allowed, extension, each stop with its article, "
					+ "holidays and make-up working days passed over, due date), the timeline and the items with "
					+ "their replies. No personal data. An unknown number and a wrong code both answer 404.",
			responses = { @ApiResponse(responseCode = "200", description = "The application as its applicant sees it"),
					@ApiResponse(responseCode = "404", description = "Unknown tracking number or wrong query code",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<TrackingView> track(@PathVariable String trackingNumber,
			@Parameter(description = "The query code from the receipt") @RequestParam String queryCode) {
		rateLimiter.check(RateLimits.TRACK);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(applications.track(trackingNumber, queryCode));
	}

	/** The corrected application (补正): the requested items again, corrected, and an optional note. */
	record CorrectionBody(@Valid List<ApplicationForm.Item> items, @Size(max = 500) String note) {
	}

	@PostMapping("/{trackingNumber}/correction")
	@Operation(summary = "Send the corrected application (补正)",
			description = "Only while a correction is awaited (409 otherwise). The requested items are replaced and the "
					+ "reply period restarts in full from the day the correction is received.",
			responses = { @ApiResponse(responseCode = "200", description = "The application as its applicant sees it"),
					@ApiResponse(responseCode = "404", description = "Unknown tracking number or wrong query code",
							content = @Content(mediaType = "application/problem+json")),
					@ApiResponse(responseCode = "409", description = "No correction is awaited",
							content = @Content(mediaType = "application/problem+json")) })
	@RateLimitedBy(RateLimits.TRACK)
	ResponseEntity<TrackingView> correct(@PathVariable String trackingNumber,
			@Parameter(description = "The query code from the receipt") @RequestParam String queryCode,
			@Valid @RequestBody CorrectionBody body) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(applications.correct(trackingNumber, queryCode, body.items(), body.note()));
	}

	/**
	 * A parallel retry with the same key fails on the key's uniqueness (or waits out a lock) and then answers as the
	 * repeat it is.
	 */
	private Receipt applyOnce(ApplicationForm form, IdempotencyKey key) {
		if (key == null) {
			return applications.apply(form, null);
		}
		try {
			return applications.applyOnce(form, key);
		}
		catch (DataAccessException ex) {
			if (applications.submittedWith(key.scoped()).isEmpty()) {
				throw ex;
			}
			return applications.applyOnce(form, key);
		}
	}

	/** The header as the client sent it; {@link IdempotencyKey} scopes it to the client and the body. */
	private static String checked(String key) {
		if (key.isEmpty() || key.length() > 60 || !key.chars().allMatch(c -> c >= 0x21 && c < 0x7f)) {
			throw new RuleViolation(HttpStatus.BAD_REQUEST, "request.idempotencyKey.invalid", "Idempotency-Key");
		}
		return key;
	}

}

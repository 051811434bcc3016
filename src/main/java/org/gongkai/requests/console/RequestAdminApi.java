package org.gongkai.requests.console;

import java.net.URI;
import java.util.HashSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.requests.Applications;
import org.gongkai.requests.CaseHandling;
import org.gongkai.requests.Inbox;
import org.gongkai.requests.InboxSort;
import org.gongkai.requests.CaseView;
import org.gongkai.requests.ReplyLetters;
import org.gongkai.requests.RequestAccess;
import org.gongkai.requests.RequestStatus;

/**
 * Staff API for disclosure applications: the inbox, a case (audited: it carries the applicant's identity number),
 * registration of paper applications, and the case's reading and drafting. The steps are in
 * {@link RequestStepsApi}. Same permissions as the console; refusals are problem details naming the article.
 */
@RestController
@RequestMapping("/api/v1/admin/requests")
@Tag(name = "Staff: disclosure applications", description = "依申请公开: inbox, case, registration of applications "
		+ "received in person, by post or by fax, and every handling step")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
class RequestAdminApi {

	private final CaseHandling handling;

	private final Applications applications;

	private final ReplyLetters letters;

	private final Inbox inbox;

	RequestAdminApi(CaseHandling handling, Applications applications, ReplyLetters letters, Inbox inbox) {
		this.inbox = inbox;
		this.handling = handling;
		this.applications = applications;
		this.letters = letters;
	}

	@GetMapping
	@Operation(summary = "The inbox: open applications by due date (overdue first), or overdue, due within N working "
			+ "days, concluded, or one status; the office may filter by unit; sort by DUE, RECEIVED (newest first) or "
			+ "STATUS. Paged in the database. No identity numbers.")
	RequestApiBodies.InboxPage list(@RequestParam(required = false) String view,
			@RequestParam(required = false) RequestStatus status, @RequestParam(required = false) Integer within,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String q,
			@RequestParam(required = false) InboxSort sort, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		boolean office = RequestAccess.office(CurrentStaff.require());
		InboxQuery query = new InboxQuery(view, status, within, unit, q, sort == null ? null : sort.param());
		return RequestApiBodies.InboxPage.of(inbox.page(CurrentStaff.require(), query.filter(office), page, size));
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "A case as its handlers see it, with the applicant's identity number (each read is audited) "
			+ "and the steps the caller may take now")
	CaseView get(@PathVariable long id) {
		return handling.view(CurrentStaff.require(), id);
	}

	@GetMapping("/by-number/{trackingNumber}")
	@Operation(summary = "A case by its tracking number (audited like the read by id)")
	CaseView byNumber(@PathVariable String trackingNumber) {
		return handling.view(CurrentStaff.require(), handling.idOf(CurrentStaff.require(), trackingNumber));
	}

	@PostMapping
	@Operation(summary = "Register an application received in person, by post or by fax (disclosure office); "
			+ "answers the receipt with the query code, given this once")
	ResponseEntity<RequestApiBodies.Registered> register(
			@Valid @RequestBody RequestApiBodies.Registration registration) {
		var receipt = applications.register(CurrentStaff.require(), registration.application(), registration.channel(),
				registration.receivedOn());
		long id = handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
		return ResponseEntity.created(URI.create("/api/v1/admin/requests/" + id))
			.body(new RequestApiBodies.Registered(id, receipt.trackingNumber(), receipt.queryCode(),
					receipt.receivedOn(), receipt.dueDate()));
	}

	@GetMapping("/{id:\\d+}/reply/draft")
	@Operation(summary = "The reply letter drafted from the case's decisions, to edit before POST .../reply")
	RequestApiBodies.LetterDraft draft(@PathVariable long id) {
		return new RequestApiBodies.LetterDraft(letters.draft(handling.view(CurrentStaff.require(), id)));
	}

	@PostMapping("/{id:\\d+}/assign")
	@Operation(summary = "Assign the application to one or more units (disclosure office)")
	CaseView assign(@PathVariable long id, @Valid @RequestBody CaseForms.Assign body) {
		handling.assign(CurrentStaff.require(), id, body.unitIds() == null ? null : new HashSet<>(body.unitIds()));
		return handling.view(CurrentStaff.require(), id);
	}

}

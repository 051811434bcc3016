package org.gongkai.approvals.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.gongkai.approvals.ApprovalCases;
import org.gongkai.approvals.CaseImport;
import org.gongkai.approvals.ImportReport;
import org.gongkai.approvals.CaseFilter;
import org.gongkai.approvals.CaseRow;
import org.gongkai.approvals.CaseState;
import org.gongkai.approvals.CaseView;
import org.gongkai.approvals.Decision;
import org.gongkai.approvals.Registered;
import org.gongkai.approvals.Registration;
import org.gongkai.approvals.SuspensionKind;
import org.gongkai.identity.CurrentStaff;

/**
 * The staff API of approval cases: one endpoint per console action. A refused step answers problem details naming
 * the field (422) or the step that does not follow (409), and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/admin/approvals")
@Tag(name = "Approvals (staff)", description = "Register approval cases and record their dated steps")
class ApprovalAdminApi {

	private final ApprovalCases cases;

	private final CaseImport imports;

	private final MessageSource messages;

	ApprovalAdminApi(ApprovalCases cases, CaseImport imports, MessageSource messages) {
		this.cases = cases;
		this.imports = imports;
		this.messages = messages;
	}

	/** A dated step; {@code reason} for a non-acceptance only. */
	record StepBody(LocalDate day, String reason) {
	}

	record SuspensionBody(SuspensionKind kind, LocalDate day, String note) {
	}

	record PageBody(List<CaseRow> items, long total, int page, int pages) {

		static PageBody of(Page<CaseRow> page) {
			return new PageBody(page.getContent(), page.getTotalElements(), page.getNumber(), page.getTotalPages());
		}

	}

	@GetMapping
	@Operation(summary = "Cases of the caller's units, newest received first; filters state, item (power code), overdue")
	PageBody list(@RequestParam(required = false) CaseState state, @RequestParam(required = false) String item,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		CaseFilter filter = new CaseFilter(state, item, overdue);
		return PageBody.of(cases.page(CurrentStaff.require(), filter, page, Math.min(Math.max(size, 1), 200)));
	}

	@PostMapping
	@Operation(summary = "Register a received application; the answer holds the query code, shown only this once")
	ResponseEntity<Registered> register(@RequestBody Registration registration) {
		Registered registered = cases.register(CurrentStaff.require(), registration);
		return ResponseEntity.created(URI.create("/api/v1/admin/approvals/" + registered.caseNumber()))
			.cacheControl(CacheControl.noStore())
			.body(registered);
	}

	@GetMapping("/{number}")
	@Operation(summary = "A case with its steps and its due dates counted today")
	CaseView item(@PathVariable String number) {
		return cases.view(CurrentStaff.require(), number);
	}

	@PostMapping("/{number}/acceptance")
	@Operation(summary = "受理: the limits run from this day")
	CaseView accept(@PathVariable String number, @RequestBody StepBody body) {
		return cases.accept(CurrentStaff.require(), number, body.day());
	}

	@PostMapping("/{number}/non-acceptance")
	@Operation(summary = "不予受理, with the reason")
	CaseView refuseAcceptance(@PathVariable String number, @RequestBody StepBody body) {
		return cases.refuseAcceptance(CurrentStaff.require(), number, body.day(), body.reason());
	}

	@PostMapping("/{number}/review")
	@Operation(summary = "审查: review starts")
	CaseView review(@PathVariable String number, @RequestBody StepBody body) {
		return cases.startReview(CurrentStaff.require(), number, body.day());
	}

	@PostMapping("/{number}/suspensions")
	@Operation(summary = "Stop the limits for an expert review, a hearing, an on-site inspection or a test")
	ResponseEntity<CaseView> suspend(@PathVariable String number, @RequestBody SuspensionBody body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(cases.suspend(CurrentStaff.require(), number, body.kind(), body.day(), body.note()));
	}

	@PostMapping("/{number}/resumption")
	@Operation(summary = "End the open suspension on this day; counting resumes the day after")
	CaseView resume(@PathVariable String number, @RequestBody StepBody body) {
		return cases.resume(CurrentStaff.require(), number, body.day());
	}

	@PostMapping("/{number}/decision")
	@Operation(summary = "决定: approved (content, validity) or refused (reason), with the decision number")
	CaseView decide(@PathVariable String number, @RequestBody Decision decision) {
		return cases.decide(CurrentStaff.require(), number, decision);
	}

	@PostMapping("/{number}/delivery")
	@Operation(summary = "送达: the decision reached the applicant")
	CaseView deliver(@PathVariable String number, @RequestBody StepBody body) {
		return cases.deliver(CurrentStaff.require(), number, body.day());
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import cases from CSV (UTF-8 or GBK) or XLSX, one row per case with its dated steps; "
			+ "checkOnly=true only checks. One bad row and nothing is imported: 422 listing every bad row and column")
	ResponseEntity<Object> importCases(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean checkOnly) throws IOException {
		ImportReport report = imports.run(CurrentStaff.require(), file.getBytes(), checkOnly);
		ImportBody body = ImportBody.of(report, messages);
		if (report.ok()) {
			return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("approvals.import.refused", new Object[] { report.problems().size() },
						LocaleContextHolder.getLocale()));
		problem.setProperty("errors", body.problems());
		return ResponseEntity.unprocessableContent().body(problem);
	}

}

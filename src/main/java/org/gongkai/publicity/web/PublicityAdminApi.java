package org.gongkai.publicity.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.publicity.InvalidRecord;
import org.gongkai.publicity.Publicity;
import org.gongkai.publicity.PublicityCounts;
import org.gongkai.publicity.PublicityDraft;
import org.gongkai.publicity.PublicityImport;
import org.gongkai.publicity.PublicityKind;
import org.gongkai.publicity.PublicityPermissions;
import org.gongkai.publicity.RecordSource;
import org.gongkai.publicity.RecordStatus;
import org.gongkai.publicity.StaffFilter;
import org.gongkai.publicity.StaffRecord;
import org.gongkai.publicity.StaffRow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff API of 双公示: every console action with the same permissions. A record with wrong fields answers 422 naming
 * every field; publishing one's own record 409 (four eyes); an import with bad rows 422 listing each (nothing
 * imported). The record view is unmasked and audited.
 */
@RestController
@RequestMapping("/api/v1/admin/publicity")
@Tag(name = "Staff: publicity", description = "双公示: registering, publishing (four eyes), correcting and withdrawing "
		+ "licensing and penalty decisions; import")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
class PublicityAdminApi {

	private final Publicity publicity;

	private final PublicityImport imports;

	private final PublicityCounts counts;

	private final MessageSource messages;

	PublicityAdminApi(Publicity publicity, PublicityImport imports, PublicityCounts counts, MessageSource messages) {
		this.publicity = publicity;
		this.imports = imports;
		this.counts = counts;
		this.messages = messages;
	}

	@Schema(name = "PublicityCreated")
	record Created(long id, String url) {
	}

	@Schema(name = "PublicityCorrection")
	record Correction(PublicityDraft record, String reason) {
	}

	@Schema(name = "PublicityWithdrawal")
	record Withdrawal(String reason) {
	}

	@Schema(name = "PublicityRowList")
	record RowList(List<StaffRow> items, int page, int size, long total) {
	}

	@GetMapping
	@Operation(summary = "The member's units' records (party names masked): filters kind, status, overdue, q")
	RowList list(@RequestParam(required = false) PublicityKind kind,
			@RequestParam(required = false) RecordStatus status, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		var found = publicity.page(CurrentStaff.require(), new StaffFilter(kind, status, overdue, q), page - 1, size);
		return new RowList(found.getContent(), page, size, found.getTotalElements());
	}

	@PostMapping
	@Operation(summary = "Register a licensing or penalty decision made outside the system; it awaits publication")
	ResponseEntity<Created> register(@RequestBody PublicityDraft record) {
		long id = publicity.register(CurrentStaff.require(), record, RecordSource.API);
		return ResponseEntity.created(URI.create("/api/v1/admin/publicity/" + id))
			.body(new Created(id, "/admin/publicity/" + id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A record unmasked, with its deadline and history (the view is audited)")
	StaffRecord get(@PathVariable long id) {
		return publicity.record(CurrentStaff.require(), id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Correct a record's fields; once published a reason is required and shown publicly")
	ResponseEntity<Void> correct(@PathVariable long id, @RequestBody Correction body) {
		publicity.correct(CurrentStaff.require(), id, body.record(), body.reason());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "Publish a record awaiting publication (not by whoever registered or corrected it: 409)")
	ResponseEntity<Void> publish(@PathVariable long id) {
		publicity.publish(CurrentStaff.require(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraw (撤销) a published record with a reason")
	ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody Withdrawal body) {
		publicity.withdraw(CurrentStaff.require(), id, body.reason());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import decisions of one kind from CSV (UTF-8 or GBK) or XLSX; dryRun=true only checks. One "
			+ "bad row and nothing is imported: 422 listing every bad row and field")
	ResponseEntity<Object> importRecords(@RequestParam PublicityKind kind, @RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		PublicityImport.Report report = imports.run(CurrentStaff.require(), kind, file.getBytes(), dryRun);
		List<Map<String, Object>> rows = report.problems()
			.stream()
			.map(p -> Map.<String, Object>of("row", p.row(), "field", p.field(), "message", message(p.messageKey(),
					p.arguments())))
			.toList();
		if (report.ok() || dryRun) {
			return ResponseEntity.ok(Map.of("rows", report.rows(), "imported", report.imported(), "errors", rows));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				message("publicity.import.refused", new Object[] { rows.size() }));
		problem.setProperty("errors", rows);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@GetMapping("/counts/{year}")
	@Operation(summary = "Decisions of a year per kind: how many, published, published late (annual report, Table A)")
	PublicityCounts.YearCounts counts(@PathVariable @Min(1900) @Max(2200) int year) {
		if (!PublicityPermissions.maySee(CurrentStaff.require())) {
			throw RuleViolation.forbidden("publicity.denied");
		}
		return counts.forYear(year);
	}

	/** A record with wrong fields: 422 with every field it gets wrong. */
	@ExceptionHandler(InvalidRecord.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRecord ex) {
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map(p -> Map.of("field", p.field(), "message", message(p.messageKey(), p.arguments())))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, errors.stream()
			.map(e -> e.get("field") + ": " + e.get("message"))
			.reduce((a, b) -> a + "; " + b)
			.orElse(""));
		problem.setProperty("errors", errors);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	private String message(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}

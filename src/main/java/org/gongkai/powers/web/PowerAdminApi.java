package org.gongkai.powers.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.powers.ImportReport;
import org.gongkai.powers.IntermediaryDraft;
import org.gongkai.powers.IntermediaryView;
import org.gongkai.powers.InvalidPower;
import org.gongkai.powers.PowerDraft;
import org.gongkai.powers.PowerExport;
import org.gongkai.powers.PowerImport;
import org.gongkai.powers.Powers;
import org.gongkai.powers.StatusChange;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * Staff API for the power list: every console action with the same permissions. An incomplete item answers 422
 * naming every field; an illegal status change 409 naming the field; an import with bad rows 422 listing each row
 * and column (nothing imported); a dry run lists them with 200.
 */
@RestController
@RequestMapping("/api/v1/admin/powers")
@Tag(name = "Staff: powers", description = "Keeping the power and responsibility list (权责清单): items, status changes, "
		+ "intermediary services, import and export")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
class PowerAdminApi {

	private final Powers powers;

	private final PowerImport imports;

	private final PowerExport exports;

	private final MessageSource messages;

	PowerAdminApi(Powers powers, PowerImport imports, PowerExport exports, MessageSource messages) {
		this.powers = powers;
		this.imports = imports;
		this.exports = exports;
		this.messages = messages;
	}

	/** A new item: its code (blank: the next of the code rule), its columns and its first status (承接 or 保留). */
	record NewItem(String code, PowerDraft item, StatusChange status) {
	}

	record Created(String code, String url) {
	}

	@PostMapping
	@Operation(summary = "Create an item with its first status event")
	ResponseEntity<Created> create(@RequestBody NewItem body) {
		String code = powers.create(CurrentStaff.require(), body.code(),
				body.item() == null ? emptyDraft() : body.item(),
				body.status() == null ? new StatusChange(null, null, null, null) : body.status());
		return ResponseEntity.created(URI.create("/api/v1/powers/" + code)).body(new Created(code, "/powers/" + code));
	}

	@PutMapping("/{code}")
	@Operation(summary = "Replace an item's columns (its code and history stay)")
	ResponseEntity<Void> revise(@PathVariable String code, @RequestBody PowerDraft item) {
		powers.revise(CurrentStaff.require(), code, item);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{code}/status")
	@Operation(summary = "Record a status change (承接, 取消, 下放, 保留, 调整) effective from a date")
	ResponseEntity<Void> status(@PathVariable String code, @RequestBody StatusChange change) {
		powers.recordStatus(CurrentStaff.require(), code, change);
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	@PostMapping("/{code}/intermediaries")
	@Operation(summary = "Add an intermediary service the approval needs")
	ResponseEntity<IntermediaryView> addIntermediary(@PathVariable String code, @RequestBody IntermediaryDraft draft) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(powers.addIntermediary(CurrentStaff.require(), code, draft));
	}

	@DeleteMapping("/{code}/intermediaries/{id}")
	@Operation(summary = "Remove an intermediary service")
	ResponseEntity<Void> removeIntermediary(@PathVariable String code, @PathVariable long id) {
		powers.removeIntermediary(CurrentStaff.require(), code, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a list from CSV (UTF-8 or GBK) or XLSX; dryRun=true only checks. One bad row and "
			+ "nothing is imported: 422 listing every bad row and column")
	ResponseEntity<Object> importList(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		ImportReport report = imports.run(CurrentStaff.require(), file.getBytes(), dryRun);
		if (report.ok() || dryRun) {
			return ResponseEntity.ok(ReportBody.of(report, messages));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("powers.import.refused", new Object[] { report.problems().size() },
						LocaleContextHolder.getLocale()));
		problem.setProperty("errors", ReportBody.of(report, messages).problems());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@GetMapping("/export")
	@Operation(summary = "The whole list in the import's format: format=csv (UTF-8) or xlsx")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		byte[] body = xlsx ? exports.xlsx(CurrentStaff.require()) : exports.csv(CurrentStaff.require());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(xlsx ? "powers.xlsx" : "powers.csv").build().toString())
			.contentType(xlsx ? MediaType.parseMediaType(
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
					: MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(body);
	}

	/** An incomplete item: 422 with every field it gets wrong. */
	@ExceptionHandler(InvalidPower.class)
	ResponseEntity<ProblemDetail> invalid(InvalidPower ex) {
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map(p -> Map.of("field", p.field(), "message",
					messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), LocaleContextHolder.getLocale())))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				errors.stream().map(e -> e.get("field") + ": " + e.get("message")).reduce((a, b) -> a + "; " + b)
					.orElse(""));
		problem.setType(URI.create("about:blank"));
		problem.setProperty("errors", errors);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	private static PowerDraft emptyDraft() {
		return new PowerDraft(null, null, null, null, null, null, false, null, null, null, null, null, null, null);
	}

}

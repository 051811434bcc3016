package org.gongkai.services.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.services.CertificateForm;
import org.gongkai.services.CertificateView;
import org.gongkai.services.GuideDraft;
import org.gongkai.services.GuideIncomplete;
import org.gongkai.services.GuideSummary;
import org.gongkai.services.GuideView;
import org.gongkai.services.MaterialFile;
import org.gongkai.services.RemovedCertificates;
import org.gongkai.services.ServiceGuides;
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
 * Staff API for service guides, every console action with the same permissions. The API sends whole guides: a
 * POST or PUT missing a mandatory element answers 422 naming each one (the console alone keeps incomplete drafts);
 * publishing checks the same and the power item.
 */
@RestController
@RequestMapping("/api/v1/admin/services")
@Tag(name = "Staff: services", description = "Service guides (办事指南) and certificates removed (证明事项清理)")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
class ServicesAdminApi {

	private final ServiceGuides guides;

	private final RemovedCertificates certificates;

	private final MessageSource messages;

	ServicesAdminApi(ServiceGuides guides, RemovedCertificates certificates, MessageSource messages) {
		this.guides = guides;
		this.certificates = certificates;
		this.messages = messages;
	}

	@Schema(name = "StaffServiceGuideList")
	record GuideList(List<GuideSummary> items, int page, long total) {
	}

	@GetMapping
	@Operation(summary = "Guides of my unit (every unit for the disclosure office), last changed first, any state")
	GuideList list(@RequestParam(defaultValue = "1") @Min(1) int page) {
		var found = guides.staffPage(CurrentStaff.require(), page - 1, 50);
		return new GuideList(found.getContent(), page, found.getTotalElements());
	}

	@GetMapping("/{code}")
	@Operation(summary = "A guide in any state, with the mandatory elements it still misses")
	GuideView get(@PathVariable String code) {
		return guides.staffGuide(CurrentStaff.require(), code);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a guide (a draft); 422 naming each mandatory element missing")
	ResponseEntity<GuideView> create(@Valid @RequestBody GuideDraft draft) {
		String code = guides.create(CurrentStaff.require(), draft, true);
		return ResponseEntity.created(URI.create("/api/v1/admin/services/" + code))
			.body(guides.staffGuide(CurrentStaff.require(), code));
	}

	@PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a guide's content (its code stays); 422 naming each mandatory element missing")
	GuideView update(@PathVariable String code, @Valid @RequestBody GuideDraft draft) {
		if (!code.equals(draft.code().strip())) {
			throw RuleViolation.invalid("code", "services.guide.code.fixed", code);
		}
		guides.update(CurrentStaff.require(), code, draft, true);
		return guides.staffGuide(CurrentStaff.require(), code);
	}

	@PostMapping("/{code}/publish")
	@Operation(summary = "Publish a guide; 422 naming each mandatory element missing, or the power item's fault")
	GuideView publish(@PathVariable String code) {
		guides.publish(CurrentStaff.require(), code);
		return guides.staffGuide(CurrentStaff.require(), code);
	}

	@PostMapping("/{code}/withdraw")
	@Operation(summary = "Withdraw a published guide from the public")
	GuideView withdraw(@PathVariable String code) {
		guides.withdraw(CurrentStaff.require(), code);
		return guides.staffGuide(CurrentStaff.require(), code);
	}

	@PostMapping(path = "/{code}/materials/{n}/{kind}",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Put the blank form or the filled example on material n (from 1): part 'file'")
	GuideView attach(@PathVariable String code, @PathVariable int n, @PathVariable String kind,
			@RequestPart("file") MultipartFile file) throws IOException {
		guides.attach(CurrentStaff.require(), code, n - 1, MaterialFile.ofPath(kind),
				file.getOriginalFilename(), file.getBytes());
		return guides.staffGuide(CurrentStaff.require(), code);
	}

	@PostMapping(path = "/certificates-removed", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record a certificate removed (证明事项清理): the office and administrators")
	ResponseEntity<CertificateView> recordCertificate(@Valid @RequestBody CertificateForm form) {
		CertificateView saved = certificates.record(CurrentStaff.require(), form);
		return ResponseEntity.created(URI.create("/api/v1/services/certificates-removed")).body(saved);
	}

	/** 422 naming each mandatory element missing, each with its field, as problem details. */
	@ExceptionHandler(GuideIncomplete.class)
	ResponseEntity<ProblemDetail> incomplete(GuideIncomplete ex) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				MissingElements.sentence(ex, messages, locale));
		problem.setType(URI.create("about:blank"));
		problem.setProperty("errors", MissingElements.problems(ex, messages, locale));
		return ResponseEntity.unprocessableEntity().body(problem);
	}

}

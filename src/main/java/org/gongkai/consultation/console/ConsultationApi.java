package org.gongkai.consultation.console;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.gongkai.common.RuleViolation;
import org.gongkai.consultation.AwaitingOutcome;
import org.gongkai.consultation.ConsultationForm;
import org.gongkai.consultation.ConsultationView;
import org.gongkai.consultation.Consultations;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff API for consultations: the console's drafting, files and publishing for scripts and integrations, with
 * the same permissions. Refusals are problem details (400 naming the field, 403 another unit, 409 wrong state or a
 * stale version).
 */
@RestController
@RequestMapping("/api/v1/admin/consultations")
@Tag(name = "Staff: consultations", description = "Drafts for public comment (公开征求意见), their files, the "
		+ "confidentiality review that publishes them, and those closed without published feedback")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
class ConsultationApi {

	private final Consultations consultations;

	ConsultationApi(Consultations consultations) {
		this.consultations = consultations;
	}

	@GetMapping
	@Operation(summary = "Consultations of my unit (all units for the disclosure office), newest first, with comment counts")
	ApiBodies.SummaryPage list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return ApiBodies.SummaryPage.of(consultations.staffPage(CurrentStaff.require(), page, size));
	}

	@GetMapping("/awaiting-outcome")
	@Operation(summary = "已截止未反馈: closed without published feedback, longest waiting first (days and working days)")
	List<AwaitingOutcome> awaiting() {
		return consultations.awaitingOutcome(CurrentStaff.require());
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "A consultation with its articles, every comment (contacts masked), files, outcome and version")
	ConsultationView get(@PathVariable long id) {
		return consultations.staffView(CurrentStaff.require(), id);
	}

	@GetMapping("/{id:\\d+}/form")
	@Operation(summary = "The consultation as its form: what PUT takes, with the draft text whole")
	ConsultationForm form(@PathVariable long id) {
		return consultations.form(CurrentStaff.require(), id);
	}

	@PostMapping
	@Operation(summary = "Create a draft; the text is split into articles at lines starting with 第X条, else paragraphs")
	ResponseEntity<ApiBodies.Created> create(@Valid @RequestBody ConsultationForm form) {
		long id = readable(() -> consultations.create(CurrentStaff.require(), form));
		return ResponseEntity.created(URI.create("/api/v1/admin/consultations/" + id)).body(new ApiBodies.Created(id));
	}

	@PutMapping("/{id:\\d+}")
	@Operation(summary = "Save a draft (anything) or a published consultation (its dates only); 409 when stale")
	ConsultationView update(@PathVariable long id, @Valid @RequestBody ApiBodies.Update update) {
		Me me = CurrentStaff.require();
		readable(() -> {
			consultations.update(me, id, update.version(), update.form());
			return null;
		});
		return consultations.staffView(me, id);
	}

	@PostMapping("/{id:\\d+}/publish")
	@Operation(summary = "保密审查 and publishing, by the unit's reviewer or the office, never the author; the opening "
			+ "date may not be past")
	ConsultationView publish(@PathVariable long id, @Valid @RequestBody ApiBodies.Version version) {
		Me me = CurrentStaff.require();
		readable(() -> {
			consultations.publish(me, id, version.version());
			return null;
		});
		return consultations.staffView(me, id);
	}

	@PostMapping(path = "/{id:\\d+}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Publish a file with the draft (PDF, DOCX, XLSX, PNG, JPEG, GIF; type checked by content)")
	ResponseEntity<ApiBodies.Created> attach(@PathVariable long id, @RequestParam("file") MultipartFile file)
			throws IOException {
		byte[] content = file.getBytes();
		long fileId = readable(() -> consultations.attach(CurrentStaff.require(), id, file.getOriginalFilename(),
				file.getContentType(), content));
		return ResponseEntity.created(URI.create("/api/v1/admin/consultations/" + id)).body(new ApiBodies.Created(fileId));
	}

	@DeleteMapping("/{id:\\d+}/files/{fileId:\\d+}")
	@Operation(summary = "Remove a file of the consultation")
	ResponseEntity<Void> detach(@PathVariable long id, @PathVariable long fileId) {
		readable(() -> {
			consultations.removeFile(CurrentStaff.require(), id, fileId);
			return null;
		});
		return ResponseEntity.noContent().build();
	}

	/** Refusals name phases and statuses in words in the problem's detail. */
	static <T> T readable(java.util.function.Supplier<T> call) {
		try {
			return call.get();
		}
		catch (RuleViolation ex) {
			throw Refusals.readable(ex);
		}
	}

}

package org.gongkai.consultation.decisions;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.consultation.DecisionEvidenceView;
import org.gongkai.consultation.DecisionProcedure;
import org.gongkai.consultation.DecisionRecords;
import org.gongkai.consultation.DecisionStepForm;
import org.gongkai.consultation.MajorDecisionForm;
import org.gongkai.consultation.MajorDecisionSummary;
import org.gongkai.consultation.MajorDecisionView;
import org.gongkai.consultation.MajorDecisions;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.core.io.InputStreamResource;
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
 * Staff API of major-decision records: every console action for scripts and integrations, with the same
 * permissions. Refusals are problem details naming the field (403 another unit, 409 a published record, a stale
 * version or missing procedures, 413 a file too large).
 */
@RestController
@RequestMapping("/api/v1/admin/decisions")
@Tag(name = "Staff: major decisions", description = "Records of major decisions (重大行政决策): create, edit, record "
		+ "the five procedures with evidence, publish, withdraw")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
class DecisionAdminApi {

	private final MajorDecisions decisions;

	private final DecisionRecords records;

	DecisionAdminApi(MajorDecisions decisions, DecisionRecords records) {
		this.decisions = decisions;
		this.records = records;
	}

	/** A record's new values with the {@code version} they were read at (from GET); a stale version gets 409. */
	@Schema(name = "DecisionUpdate")
	record Update(@NotNull Long version, @NotNull @Valid MajorDecisionForm decision) {
	}

	@Schema(name = "DecisionWithdrawal")
	record Withdrawal(@NotBlank @Size(max = 500) String reason) {
	}

	@Schema(name = "DecisionCreated")
	record Created(long id) {
	}

	@GetMapping
	@Operation(summary = "Records of my unit (every unit for the disclosure office), last changed first")
	List<MajorDecisionSummary> list() {
		return records.staffList(CurrentStaff.require());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A record in any state with its five procedures and its optimistic-lock version")
	MajorDecisionView get(@PathVariable long id) {
		return records.staffDecision(CurrentStaff.require(), id);
	}

	@PostMapping
	@Operation(summary = "Create a draft record")
	ResponseEntity<Created> create(@Valid @RequestBody MajorDecisionForm form) {
		long id = decisions.create(CurrentStaff.require(), form);
		return ResponseEntity.created(URI.create("/api/v1/admin/decisions/" + id)).body(new Created(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Save a draft record; 409 when someone changed it after the given version was read")
	MajorDecisionView update(@PathVariable long id, @Valid @RequestBody Update update) {
		return act(id, me -> decisions.update(me, id, update.decision(), update.version()));
	}

	@PutMapping("/{id}/procedures/{procedure}")
	@Operation(summary = "Record one procedure (PUBLIC_PARTICIPATION, EXPERT_REVIEW, RISK_ASSESSMENT, "
			+ "LEGALITY_REVIEW, COLLECTIVE_DECISION): carried out on a date by a unit, or not applicable with the "
			+ "reason in 'description' (never for legality review and collective decision)")
	MajorDecisionView record(@PathVariable long id, @PathVariable String procedure,
			@Valid @RequestBody DecisionStepForm form) {
		return act(id, me -> decisions.record(me, id, DecisionProcedure.ofSlug(procedure), form));
	}

	@PostMapping(path = "/{id}/procedures/{procedure}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add an evidence file to a recorded procedure (PDF, OFD, DOC, DOCX, XLS, XLSX, JPG, PNG; "
			+ "type checked by content)")
	ResponseEntity<DecisionEvidenceView> attach(@PathVariable long id, @PathVariable String procedure,
			@RequestParam("file") MultipartFile file) throws IOException {
		DecisionEvidenceView evidence = decisions.attach(CurrentStaff.require(), id, DecisionProcedure.ofSlug(procedure),
				file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/admin/decisions/evidence/" + evidence.id())).body(evidence);
	}

	@GetMapping("/evidence/{evidenceId}")
	@Operation(summary = "Download an evidence file (the Chinese file name in filename*)")
	ResponseEntity<InputStreamResource> download(@PathVariable long evidenceId) throws IOException {
		return EvidenceDownloads.body(records.staffEvidence(CurrentStaff.require(), evidenceId));
	}

	@DeleteMapping("/evidence/{evidenceId}")
	@Operation(summary = "Remove an evidence file of a draft record")
	ResponseEntity<Void> remove(@PathVariable long evidenceId) {
		decisions.removeEvidence(CurrentStaff.require(), evidenceId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "Publish a record; 409 naming the procedures not yet recorded")
	MajorDecisionView publish(@PathVariable long id) {
		return act(id, me -> decisions.publish(me, id));
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraw a published record from the public pages, with the reason")
	MajorDecisionView withdraw(@PathVariable long id, @Valid @RequestBody Withdrawal withdrawal) {
		return act(id, me -> decisions.withdraw(me, id, withdrawal.reason()));
	}

	private MajorDecisionView act(long id, Consumer<Me> step) {
		Me me = CurrentStaff.require();
		step.accept(me);
		return records.staffDecision(me, id);
	}

}

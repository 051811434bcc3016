package org.gongkai.interpretation.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.interpretation.InterpretationDraft;
import org.gongkai.interpretation.InterpretationSummary;
import org.gongkai.interpretation.InterpretationTasks;
import org.gongkai.interpretation.Interpretations;
import org.gongkai.interpretation.TaskBoard;
import org.gongkai.interpretation.TaskView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff API for interpretations: every console action with the same permissions. Creating returns the catalogue
 * draft's id; submitting, reviewing and publishing it go through {@code /api/v1/admin/documents/{id}/...}.
 */
@RestController
@RequestMapping("/api/v1/admin/interpretations")
@Tag(name = "Staff: interpretations", description = "Policy interpretations (政策解读), interpretation tasks and "
		+ "waivers (无需解读)")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
class InterpretationAdminApi {

	private final Interpretations interpretations;

	private final InterpretationTasks tasks;

	InterpretationAdminApi(Interpretations interpretations, InterpretationTasks tasks) {
		this.interpretations = interpretations;
		this.tasks = tasks;
	}

	record WaiverRequest(String reason) {
	}

	record WaiverDecision(@NotNull Boolean approve, String note) {
	}

	@GetMapping
	@Operation(summary = "Interpretations of my unit (all units for the disclosure office), newest first, any state")
	List<InterpretationSummary> list() {
		return interpretations.staffList(CurrentStaff.require(), 100);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an interpretation and its catalogue draft (a graphic needs the multipart form)")
	ResponseEntity<Interpretations.Created> create(@Valid @RequestBody InterpretationDraft draft) {
		return created(interpretations.create(CurrentStaff.require(), draft, null));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Create an interpretation with an image (图解): part 'draft' (JSON) and part 'image'")
	ResponseEntity<Interpretations.Created> createWithImage(@Valid @RequestPart("draft") InterpretationDraft draft,
			@RequestPart(name = "image", required = false) MultipartFile image) throws IOException {
		Interpretations.Image upload = image == null || image.isEmpty() ? null
				: new Interpretations.Image(image.getOriginalFilename(), image.getBytes());
		return created(interpretations.create(CurrentStaff.require(), draft, upload));
	}

	@GetMapping("/tasks")
	@Operation(summary = "Interpretation tasks: due, overdue, waiver requests, published late")
	TaskBoard board() {
		return tasks.board(CurrentStaff.require());
	}

	@GetMapping("/tasks/{id}")
	@Operation(summary = "One interpretation task")
	TaskView task(@PathVariable long id) {
		return tasks.task(CurrentStaff.require(), id);
	}

	@PostMapping("/tasks/{id}/waiver")
	@Operation(summary = "Ask that no interpretation be needed (无需解读), with the reason; the office decides")
	TaskView requestWaiver(@PathVariable long id, @RequestBody WaiverRequest request) {
		return tasks.requestWaiver(CurrentStaff.require(), id, request.reason());
	}

	@PostMapping("/tasks/{id}/waiver/decision")
	@Operation(summary = "The disclosure office approves (waived) or refuses (with a note) a waiver request")
	TaskView decide(@PathVariable long id, @Valid @RequestBody WaiverDecision decision) {
		return tasks.decideWaiver(CurrentStaff.require(), id, decision.approve(), decision.note());
	}

	private static ResponseEntity<Interpretations.Created> created(Interpretations.Created created) {
		return ResponseEntity.created(URI.create("/api/v1/admin/documents/" + created.documentId())).body(created);
	}

}

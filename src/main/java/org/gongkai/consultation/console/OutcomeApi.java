package org.gongkai.consultation.console;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gongkai.consultation.ConsultationView;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.OpinionGroupForm;
import org.gongkai.consultation.OutcomeForm;
import org.gongkai.consultation.Outcomes;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.Me;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API for the feedback (意见采纳情况): opinion groups with their adoption and reasons, the overall text and
 * the final decision document, and publishing it (refused before closing, with comments pending or ungrouped).
 */
@RestController
@RequestMapping("/api/v1/admin/consultations/{id:\\d+}")
@Tag(name = "Staff: consultation feedback", description = "Opinion groups, the feedback text, the final decision "
		+ "document and publishing the feedback")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
class OutcomeApi {

	private final Outcomes outcomes;

	private final Consultations consultations;

	OutcomeApi(Outcomes outcomes, Consultations consultations) {
		this.outcomes = outcomes;
		this.consultations = consultations;
	}

	@PostMapping("/groups")
	@Operation(summary = "Add a group of opinions with its adoption (reason required unless adopted) and comments")
	ResponseEntity<ApiBodies.Created> addGroup(@PathVariable long id, @Valid @RequestBody OpinionGroupForm form) {
		long groupId = ConsultationApi.readable(() -> outcomes.addGroup(CurrentStaff.require(), id, form));
		return ResponseEntity.created(URI.create("/api/v1/admin/consultations/" + id)).body(new ApiBodies.Created(groupId));
	}

	@PutMapping("/groups/{groupId:\\d+}")
	@Operation(summary = "Change a group: its text, adoption, reason and comments")
	ConsultationView updateGroup(@PathVariable long id, @PathVariable long groupId,
			@Valid @RequestBody OpinionGroupForm form) {
		return act(id, me -> outcomes.updateGroup(me, id, groupId, form));
	}

	@DeleteMapping("/groups/{groupId:\\d+}")
	@Operation(summary = "Remove a group; its comments become ungrouped")
	ResponseEntity<Void> removeGroup(@PathVariable long id, @PathVariable long groupId) {
		act(id, me -> outcomes.removeGroup(me, id, groupId));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/outcome")
	@Operation(summary = "Save the feedback's overall text and the final decision document (a public catalogue document)")
	ConsultationView saveOutcome(@PathVariable long id, @Valid @RequestBody OutcomeForm form) {
		return act(id, me -> outcomes.saveOutcome(me, id, form));
	}

	@PostMapping("/outcome/publish")
	@Operation(summary = "Publish the feedback: after closing, with every comment moderated and every approved one grouped")
	ConsultationView publish(@PathVariable long id, @Valid @RequestBody ApiBodies.Version version) {
		return act(id, me -> outcomes.publish(me, id, version.version()));
	}

	private ConsultationView act(long id, java.util.function.Consumer<Me> step) {
		Me me = CurrentStaff.require();
		ConsultationApi.readable(() -> {
			step.accept(me);
			return null;
		});
		return consultations.staffView(me, id);
	}

}

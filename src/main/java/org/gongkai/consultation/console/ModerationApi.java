package org.gongkai.consultation.console;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gongkai.consultation.CommentView;
import org.gongkai.consultation.Moderation;
import org.gongkai.consultation.SensitiveWords;
import org.gongkai.identity.CurrentStaff;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff API for moderating comments (审核): the queue, approving, rejecting with a reason from the list, replying,
 * the XLSX export with full contacts (audited), and the office's sensitive-word list.
 */
@RestController
@RequestMapping("/api/v1/admin/consultations")
@Tag(name = "Staff: consultation comments", description = "Moderation of comments, replies, the XLSX export and "
		+ "the sensitive-word list")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
class ModerationApi {

	private final Moderation moderation;

	private final SensitiveWords words;

	private final CommentWorkbook workbook;

	ModerationApi(Moderation moderation, SensitiveWords words, CommentWorkbook workbook) {
		this.moderation = moderation;
		this.words = words;
		this.workbook = workbook;
	}

	@GetMapping("/comments/pending")
	@Operation(summary = "The moderation queue: pending comments of the consultations I may moderate, flagged first")
	List<CommentView> queue() {
		return moderation.queue(CurrentStaff.require());
	}

	@PostMapping("/comments/{commentId:\\d+}/approve")
	@Operation(summary = "Approve a comment: it shows on the public page beside its article")
	ResponseEntity<Void> approve(@PathVariable long commentId, @Valid @RequestBody ApiBodies.Version body) {
		ConsultationApi.readable(() -> {
			moderation.approve(CurrentStaff.require(), commentId, body.version());
			return null;
		});
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/comments/{commentId:\\d+}/reject")
	@Operation(summary = "Reject a comment with a reason from the list; the commenter sees it with their code")
	ResponseEntity<Void> reject(@PathVariable long commentId, @Valid @RequestBody ApiBodies.Reject body) {
		ConsultationApi.readable(() -> {
			moderation.reject(CurrentStaff.require(), commentId, body.version(), body.rejection());
			return null;
		});
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/comments/{commentId:\\d+}/reply")
	@Operation(summary = "Reply to a commenter who left a contact (mailed when it is an e-mail address)")
	ResponseEntity<Void> reply(@PathVariable long commentId, @Valid @RequestBody ApiBodies.Reply body) {
		ConsultationApi.readable(() -> {
			moderation.reply(CurrentStaff.require(), commentId, body.text());
			return null;
		});
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id:\\d+}/comments.xlsx")
	@Operation(summary = "All comments of a consultation as XLSX, with full contacts (the export is audited)")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		return ConsultationApi.readable(() -> workbook.download(CurrentStaff.require(), id));
	}

	@GetMapping("/sensitive-words")
	@Operation(summary = "The sensitive-word list (敏感词) that flags comments for attention")
	ApiBodies.Words words() {
		return new ApiBodies.Words(words.list());
	}

	@PutMapping("/sensitive-words")
	@Operation(summary = "Replace the sensitive-word list (disclosure office only); blanks and repeats are dropped")
	ApiBodies.Words replace(@Valid @RequestBody ApiBodies.Words body) {
		ConsultationApi.readable(() -> words.replace(CurrentStaff.require(), body.words()));
		return new ApiBodies.Words(words.list());
	}

}

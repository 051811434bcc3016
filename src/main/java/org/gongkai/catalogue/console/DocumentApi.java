package org.gongkai.catalogue.console;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.gongkai.catalogue.AttachmentView;
import org.gongkai.catalogue.Attachments;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.catalogue.DocumentMetadata;
import org.gongkai.catalogue.DocumentStatus;
import org.gongkai.catalogue.DocumentView;
import org.gongkai.catalogue.DocumentWorkflow;
import org.gongkai.catalogue.ReviewView;
import org.gongkai.common.RuleViolation;
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
 * Staff API for documents: the console's workflow for scripts and integrations, with the same permissions.
 * Refusals are problem details (403 another unit, 409 wrong state or a stale version, 413 too large).
 */
@RestController
@RequestMapping("/api/v1/admin/documents")
@Tag(name = "Staff: documents", description = "Drafts, attachments, confidentiality review, publishing, revisions, "
		+ "validity and withdrawal of catalogue documents")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
class DocumentApi {

	private final DocumentWorkflow workflow;

	private final Catalogue catalogue;

	private final Attachments attachments;

	DocumentApi(DocumentWorkflow workflow, Catalogue catalogue, Attachments attachments) {
		this.workflow = workflow;
		this.catalogue = catalogue;
		this.attachments = attachments;
	}

	@GetMapping
	@Operation(summary = "Documents of my unit (all units for the disclosure office), newest first")
	ApiBodies.DocumentPage list(@RequestParam(required = false) DocumentStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return ApiBodies.DocumentPage.of(catalogue.staffPage(CurrentStaff.require(), status, page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A document with its metadata, body, attachments, versions and optimistic-lock version")
	DocumentView get(@PathVariable long id) {
		return catalogue.staffDocument(CurrentStaff.require(), id);
	}

	@GetMapping("/{id}/reviews")
	@Operation(summary = "The confidentiality reviews of a document, newest first")
	List<ReviewView> reviews(@PathVariable long id) {
		return catalogue.reviews(CurrentStaff.require(), id);
	}

	@PostMapping
	@Operation(summary = "Create a draft")
	ResponseEntity<ApiBodies.Created> create(@Valid @RequestBody DocumentMetadata metadata) {
		long id = readable(() -> workflow.createDraft(CurrentStaff.require(), metadata));
		return ResponseEntity.created(URI.create("/api/v1/admin/documents/" + id)).body(new ApiBodies.Created(id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Save a draft; 409 when someone saved it after the given version was read")
	DocumentView update(@PathVariable long id, @Valid @RequestBody ApiBodies.DraftUpdate update) {
		return act(id, me -> workflow.updateDraft(me, id, update.metadata(), update.version()));
	}

	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file to a draft (PDF, DOCX, XLSX, PNG, JPG, GIF; type checked by content)")
	ResponseEntity<AttachmentView> attach(@PathVariable long id, @RequestParam("file") MultipartFile file)
			throws IOException {
		byte[] content = file.getBytes();
		AttachmentView attachment = readable(
				() -> attachments.attach(CurrentStaff.require(), id, file.getOriginalFilename(), content));
		return ResponseEntity.created(URI.create("/api/v1/admin/documents/attachments/" + attachment.id()))
			.body(attachment);
	}

	@GetMapping("/attachments/{attachmentId}")
	@Operation(summary = "Download an attachment (the Chinese file name in filename*)")
	ResponseEntity<InputStreamResource> download(@PathVariable long attachmentId) throws IOException {
		return AttachmentConsole.body(attachments.staffDownload(CurrentStaff.require(), attachmentId));
	}

	@DeleteMapping("/attachments/{attachmentId}")
	@Operation(summary = "Remove an attachment from a draft")
	ResponseEntity<Void> detach(@PathVariable long attachmentId) {
		readable(() -> {
			attachments.remove(CurrentStaff.require(), attachmentId);
			return null;
		});
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit a draft for confidentiality review")
	DocumentView submit(@PathVariable long id) {
		return act(id, me -> workflow.submit(me, id));
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "Confidentiality review (保密审查) of a submitted document, by the unit's reviewer or the office")
	DocumentView review(@PathVariable long id, @Valid @RequestBody ApiBodies.ReviewRequest review) {
		return act(id, me -> workflow.review(me, id, review.conclusion(), review.reason()));
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "Publish an approved document now, or schedule it when 'at' lies ahead")
	DocumentView publish(@PathVariable long id, @RequestBody(required = false) ApiBodies.PublishRequest publish) {
		return act(id, me -> workflow.publish(me, id, publish == null ? null : publish.at()));
	}

	@PostMapping("/{id}/revisions")
	@Operation(summary = "Propose a revision of a published document; the public sees it once reviewed")
	ResponseEntity<ApiBodies.Created> propose(@PathVariable long id,
			@Valid @RequestBody ApiBodies.RevisionRequest revision) {
		long revisionId = readable(() -> workflow.proposeRevision(CurrentStaff.require(), id, revision.title(),
				revision.summary(), revision.body(), revision.note()));
		return ResponseEntity.created(URI.create("/api/v1/admin/documents/" + id))
			.body(new ApiBodies.Created(revisionId));
	}

	@PostMapping("/revisions/{revisionId}/review")
	@Operation(summary = "Confidentiality review of a proposed revision; 可以公开 publishes it")
	ResponseEntity<Void> reviewRevision(@PathVariable long revisionId,
			@Valid @RequestBody ApiBodies.ReviewRequest review) {
		readable(() -> {
			workflow.reviewRevision(CurrentStaff.require(), revisionId, review.conclusion(), review.reason());
			return null;
		});
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/validity")
	@Operation(summary = "Mark a document valid, expired, repealed or amended, with the date and its successor")
	DocumentView validity(@PathVariable long id, @Valid @RequestBody ApiBodies.ValidityRequest change) {
		return act(id, me -> workflow.changeValidity(me, id, change.validity(), change.since(),
				Successors.byIndexNumber(catalogue, change.successorIndexNumber())));
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraw a document from every public page at once, with the reason")
	DocumentView withdraw(@PathVariable long id, @Valid @RequestBody ApiBodies.WithdrawRequest withdrawal) {
		return act(id, me -> workflow.withdraw(me, id, withdrawal.reason()));
	}

	/** Takes a step as the caller and answers with the document as it now is. */
	private DocumentView act(long id, Consumer<Me> step) {
		Me me = CurrentStaff.require();
		readable(() -> {
			step.accept(me);
			return null;
		});
		return catalogue.staffDocument(me, id);
	}

	/** Refusals name states in words (草稿, not DRAFT) in the problem's detail. */
	private static <T> T readable(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (RuleViolation ex) {
			throw Violations.readable(ex);
		}
	}

}

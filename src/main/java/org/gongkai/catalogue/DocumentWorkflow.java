package org.gongkai.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publishing workflow: draft → submitted → confidentiality review → published (now or at a set time),
 * then revised (through review again), marked invalid or repealed, or withdrawn. Every step is checked
 * against the actor's unit and roles, audited, and announced with an event.
 */
@Service
@Transactional
public class DocumentWorkflow {

	private final DocumentRepository documents;

	private final CategoryRepository categories;

	private final RevisionRepository revisions;

	private final ReviewRepository reviews;

	private final IndexNumbers indexNumbers;

	private final CatalogueProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DocumentWorkflow(DocumentRepository documents, CategoryRepository categories, RevisionRepository revisions,
			ReviewRepository reviews, IndexNumbers indexNumbers, CatalogueProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.categories = categories;
		this.revisions = revisions;
		this.reviews = reviews;
		this.indexNumbers = indexNumbers;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Whether {@code me} may draft and publish documents of the unit: its editors, and the disclosure office. */
	public boolean mayEdit(Me me, long unitId) {
		return DocumentPermissions.canEdit(me, unitId);
	}

	public long createDraft(Me me, DocumentMetadata metadata) {
		DocumentPermissions.requireEdit(me, metadata.unitId());
		Category category = checked(metadata);
		Document document = documents
			.save(new Document(metadata, category, RichText.sanitize(metadata.body()), me.username(), clock.instant()));
		audit("document.created", document, "draft \"" + document.getTitle() + "\"");
		return document.getId();
	}

	/** Saves an edited draft; refused when someone else saved it since {@code expectedVersion} was read. */
	public void updateDraft(Me me, long id, DocumentMetadata metadata, long expectedVersion) {
		Document document = find(id);
		DocumentPermissions.requireEdit(me, document.getUnitId());
		DocumentPermissions.requireEdit(me, metadata.unitId());
		requireStatus(document, DocumentStatus.DRAFT);
		if (document.getVersion() != expectedVersion) {
			throw RuleViolation.conflict(null, "document.conflict");
		}
		document.apply(metadata, checked(metadata), RichText.sanitize(metadata.body()));
		document.edited(me.username(), clock.instant());
		audit("document.updated", document, "draft \"" + document.getTitle() + "\" saved");
	}

	public void submit(Me me, long id) {
		Document document = find(id);
		DocumentPermissions.requireEdit(me, document.getUnitId());
		requireStatus(document, DocumentStatus.DRAFT);
		document.submit(clock.instant());
		audit("document.submitted", document, "submitted for confidentiality review");
		events.publishEvent(new DocumentAwaitsReview(id, null, document.getTitle(), document.getUnitId(),
				me.username(), document.getContributors()));
	}

	/** The confidentiality review of a first publication: 可以公开 approves, 不宜公开 returns it with the reason. */
	public void review(Me me, long id, ReviewConclusion conclusion, String reason) {
		Document document = find(id);
		DocumentPermissions.requireReview(me, document.getUnitId(), document.getContributors(),
				"document.review.ownDraft");
		requireStatus(document, DocumentStatus.SUBMITTED);
		String why = requireReason(conclusion, reason);
		reviews.save(new Review(id, null, me.username(), me.unitName(), conclusion, why, clock.instant()));
		if (conclusion == ReviewConclusion.DISCLOSABLE) {
			document.approve(clock.instant());
		}
		else {
			document.returnToEditor(clock.instant());
		}
		audit("document.reviewed", document, conclusion + (why == null ? "" : ": " + why));
	}

	/** Publishes an approved document now, or schedules it when {@code at} lies in the future. */
	public void publish(Me me, long id, Instant at) {
		Document document = find(id);
		DocumentPermissions.requireEdit(me, document.getUnitId());
		requireStatus(document, DocumentStatus.APPROVED);
		Instant now = clock.instant();
		if (at != null && at.isAfter(now)) {
			document.schedule(at, now);
			audit("document.scheduled", document, "to be published at " + at);
			return;
		}
		publishNow(document, me.username());
	}

	/** Publishes approved documents whose scheduled time has come (run every minute). */
	public int publishDue() {
		int published = 0;
		for (Document document : documents.findDueForPublication(clock.instant())) {
			publishNow(document, null);
			published++;
		}
		return published;
	}

	private void publishNow(Document document, String actor) {
		Instant now = clock.instant();
		String number = document.getIndexNumber() != null ? null
				: indexNumbers.next(document.getFormedOn().getYear());
		document.publish(number, now);
		revisions.save(Revision.published(document, 1, null, actor == null ? "system" : actor, now));
		AuditEvent event = AuditEvent.of("document.published", "Document", document.getId(),
				document.getIndexNumber() + " \"" + document.getTitle() + "\"");
		events.publishEvent(actor == null ? event.by("system") : event);
		events.publishEvent(new DocumentPublished(document.getId(), document.getIndexNumber(), document.getTitle(),
				document.getUnitId(), document.getDocumentType(), now));
	}

	/** Proposes new content for a published document; the public keeps the old until the revision passes review. */
	public long proposeRevision(Me me, long id, String title, String summary, String body, String note) {
		Document document = find(id);
		DocumentPermissions.requireEdit(me, document.getUnitId());
		requireStatus(document, DocumentStatus.PUBLISHED);
		if (title == null || title.isBlank() || title.length() > 300) {
			throw RuleViolation.invalid("title", "document.title.invalid");
		}
		if (revisions.findFirstByDocumentIdAndStatus(id, Revision.State.SUBMITTED).isPresent()) {
			throw RuleViolation.conflict(null, "document.revision.pending");
		}
		Revision revision = revisions.save(Revision.proposed(document, title.strip(), summary,
				RichText.sanitize(body), note, me.username(), clock.instant()));
		audit("document.revision.proposed", document, "revision proposed: " + note);
		events.publishEvent(new DocumentAwaitsReview(id, revision.getId(), revision.getTitle(), document.getUnitId(),
				me.username(), Set.of(me.username())));
		return revision.getId();
	}

	public void reviewRevision(Me me, long revisionId, ReviewConclusion conclusion, String reason) {
		Revision revision = revisions.findById(revisionId)
			.filter(r -> r.getStatus() == Revision.State.SUBMITTED)
			.orElseThrow(() -> RuleViolation.notFound("document.revision.notFound", revisionId));
		Document document = find(revision.getDocumentId());
		DocumentPermissions.requireReview(me, document.getUnitId(), revision.toView().contributors(),
				"document.review.ownRevision");
		String why = requireReason(conclusion, reason);
		Instant now = clock.instant();
		reviews.save(new Review(document.getId(), revisionId, me.username(), me.unitName(), conclusion, why, now));
		if (conclusion == ReviewConclusion.NOT_DISCLOSABLE) {
			revision.reject();
			audit("document.revision.rejected", document, why);
			return;
		}
		int number = document.getRevision() + 1;
		revision.publishAs(number, now);
		document.revise(revision, number, now);
		audit("document.revised", document, "revision " + number + " published");
		events.publishEvent(new DocumentRevised(document.getId(), number, now));
	}

	/** Marks a document expired, repealed or amended (with the date and its successor), or valid again. */
	public void changeValidity(Me me, long id, Validity validity, LocalDate since, Long successorId) {
		Document document = find(id);
		DocumentPermissions.requireEdit(me, document.getUnitId());
		if (validity != Validity.VALID && since == null) {
			throw RuleViolation.invalid("since", "document.validity.dateRequired");
		}
		Document successor = null;
		if (successorId != null) {
			successor = documents.findById(successorId)
				.filter(s -> s.isPublic() && !s.getId().equals(id))
				.orElseThrow(() -> RuleViolation.invalid("successorId", "document.successor.invalid"));
		}
		document.changeValidity(validity, since, successor, clock.instant());
		audit("document.validity", document, validity + (since == null ? "" : " since " + since)
				+ (successor == null ? "" : ", successor " + successor.getIndexNumber()));
		events.publishEvent(new DocumentValidityChanged(id, validity, since, successorId));
	}

	/** Withdraws a document from every public page at once; it stays in the register with the reason. */
	public void withdraw(Me me, long id, String reason) {
		Document document = find(id);
		DocumentPermissions.requireEdit(me, document.getUnitId());
		if (document.getStatus() != DocumentStatus.PUBLISHED && document.getStatus() != DocumentStatus.APPROVED) {
			throw RuleViolation.conflict(null, "document.status.wrong", document.getStatus());
		}
		if (reason == null || reason.isBlank()) {
			throw RuleViolation.invalid("reason", "document.withdraw.reasonRequired");
		}
		document.withdraw(reason.strip(), clock.instant());
		audit("document.withdrawn", document, reason.strip());
		events.publishEvent(new DocumentWithdrawn(id, reason.strip(), clock.instant()));
	}

	private Category checked(DocumentMetadata metadata) {
		if (!properties.documentTypes().contains(metadata.documentType())) {
			throw RuleViolation.invalid("documentType", "document.type.unknown", metadata.documentType());
		}
		if (metadata.disclosure().needsGround() && metadata.exemptionGround() == null) {
			throw RuleViolation.invalid("exemptionGround", "document.ground.required");
		}
		if (metadata.expiresOn() != null && metadata.effectiveOn() != null
				&& metadata.expiresOn().isBefore(metadata.effectiveOn())) {
			throw RuleViolation.invalid("expiresOn", "document.expires.beforeEffective");
		}
		return categories.findById(metadata.categoryId())
			.orElseThrow(() -> RuleViolation.invalid("categoryId", "document.category.unknown"));
	}

	private static String requireReason(ReviewConclusion conclusion, String reason) {
		if (conclusion == ReviewConclusion.NOT_DISCLOSABLE && (reason == null || reason.isBlank())) {
			throw RuleViolation.invalid("reason", "review.reason.required");
		}
		return reason == null || reason.isBlank() ? null : reason.strip();
	}

	private static void requireStatus(Document document, DocumentStatus expected) {
		if (document.getStatus() != expected) {
			throw RuleViolation.conflict(null, "document.status.wrong", document.getStatus());
		}
	}

	Document find(long id) {
		return documents.findWithCategory(id).orElseThrow(() -> RuleViolation.notFound("document.notFound", id));
	}

	private void audit(String action, Document document, String summary) {
		events.publishEvent(AuditEvent.of(action, "Document", document.getId(), summary));
	}

}

package org.gongkai.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.audit.AuditEvent;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.common.RuleViolation;
import org.gongkai.common.Texts;
import org.gongkai.identity.Me;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback after closing (意见采纳情况): the drafting unit groups the opinions, records for each group whether
 * it was adopted, partly adopted or not (with reasons unless adopted), links the final decision document of the
 * catalogue, and publishes it. Publishing is refused before the closing date has passed and while any comment
 * still awaits moderation or an approved one is in no group.
 */
@Service
public class Outcomes {

	private final ConsultationRepository consultations;

	private final CommentRepository comments;

	private final Catalogue catalogue;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Outcomes(ConsultationRepository consultations, CommentRepository comments, Catalogue catalogue,
			ApplicationEventPublisher events, Clock clock) {
		this.consultations = consultations;
		this.comments = comments;
		this.catalogue = catalogue;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public long addGroup(Me me, long consultationId, OpinionGroupForm form) {
		Consultation consultation = editable(me, consultationId);
		check(form);
		ConsultationOpinionGroup group = consultation.addGroup(form.summary().strip(), form.adoption(),
				Texts.blankToNull(form.reason()));
		consultations.flush();
		assign(consultation, group.id(), form.commentIds());
		events.publishEvent(AuditEvent.of("consultation.group.added", "Consultation", consultationId,
				form.adoption().name()));
		return group.id();
	}

	@Transactional
	public void updateGroup(Me me, long consultationId, long groupId, OpinionGroupForm form) {
		Consultation consultation = editable(me, consultationId);
		ConsultationOpinionGroup group = consultation.group(groupId)
			.orElseThrow(() -> RuleViolation.notFound("consultation.group.notFound"));
		check(form);
		group.edit(form.summary().strip(), form.adoption(), Texts.blankToNull(form.reason()));
		comments.findByGroupId(groupId).forEach(c -> c.group(null));
		assign(consultation, groupId, form.commentIds());
		events.publishEvent(AuditEvent.of("consultation.group.updated", "Consultation", consultationId,
				form.adoption().name()));
	}

	@Transactional
	public void removeGroup(Me me, long consultationId, long groupId) {
		Consultation consultation = editable(me, consultationId);
		ConsultationOpinionGroup group = consultation.group(groupId)
			.orElseThrow(() -> RuleViolation.notFound("consultation.group.notFound"));
		comments.findByGroupId(groupId).forEach(c -> c.group(null));
		consultation.removeGroup(group);
		events.publishEvent(AuditEvent.of("consultation.group.removed", "Consultation", consultationId,
				String.valueOf(groupId)));
	}

	/** The overall text and the final decision document (a public document of the catalogue, or none yet). */
	@Transactional
	public void saveOutcome(Me me, long consultationId, OutcomeForm form) {
		Consultation consultation = editable(me, consultationId);
		if (form.finalDocumentId() != null && catalogue.publicDocument(form.finalDocumentId()).isEmpty()) {
			throw RuleViolation.invalid("finalDocumentId", "consultation.outcome.document.notPublic",
					form.finalDocumentId());
		}
		consultation.editOutcome(Texts.blankToNull(form.summary()), form.finalDocumentId());
		events.publishEvent(AuditEvent.of("consultation.outcome.saved", "Consultation", consultationId,
				consultation.title()));
	}

	@Transactional
	public void publish(Me me, long consultationId, long version) {
		Consultation consultation = editable(me, consultationId);
		if (consultation.version() != version) {
			throw RuleViolation.conflict(null, "consultation.stale");
		}
		if (consultation.phase(LocalDate.now(clock)) != Phase.CLOSED) {
			throw RuleViolation.conflict(null, "consultation.outcome.notClosed", consultation.closesOn());
		}
		if (consultation.outcomeSummary() == null) {
			throw RuleViolation.invalid("summary", "consultation.outcome.summary.required");
		}
		long pending = comments.countByConsultationIdAndStatus(consultationId, CommentStatus.PENDING);
		if (pending > 0) {
			throw RuleViolation.conflict(null, "consultation.outcome.pendingComments", pending);
		}
		long ungrouped = comments
			.findByConsultationIdAndStatusOrderBySubmittedAtAscIdAsc(consultationId, CommentStatus.APPROVED)
			.stream()
			.filter(c -> c.groupId() == null)
			.count();
		if (ungrouped > 0) {
			throw RuleViolation.conflict(null, "consultation.outcome.ungroupedComments", ungrouped);
		}
		if (consultation.finalDocumentId() != null
				&& catalogue.publicDocument(consultation.finalDocumentId()).isEmpty()) {
			throw RuleViolation.invalid("finalDocumentId", "consultation.outcome.document.notPublic",
					consultation.finalDocumentId());
		}
		consultation.conclude(me.username(), clock.instant());
		events.publishEvent(AuditEvent.of("consultation.outcome.published", "Consultation", consultationId,
				consultation.title()));
	}

	private Consultation editable(Me me, long consultationId) {
		Consultation consultation = consultations.findById(consultationId)
			.orElseThrow(() -> RuleViolation.notFound("consultation.notFound"));
		ConsultationPermissions.requireEdit(me, consultation.unitId());
		if (consultation.status() == ConsultationStatus.CONCLUDED) {
			throw RuleViolation.conflict(null, "consultation.update.concluded");
		}
		if (consultation.status() == ConsultationStatus.DRAFT) {
			throw RuleViolation.conflict(null, "consultation.outcome.draft");
		}
		return consultation;
	}

	private static void check(OpinionGroupForm form) {
		if (form.adoption().needsReason() && (form.reason() == null || form.reason().isBlank())) {
			throw RuleViolation.invalid("reason", "consultation.group.reason.required");
		}
	}

	/** Puts the comments into the group: approved comments of this consultation only. */
	private void assign(Consultation consultation, long groupId, List<Long> commentIds) {
		Set<Long> wanted = new HashSet<>(commentIds);
		List<ConsultationComment> found = comments.findAllById(wanted);
		for (ConsultationComment comment : found) {
			if (comment.consultationId() != consultation.id() || comment.status() != CommentStatus.APPROVED) {
				throw RuleViolation.invalid("commentIds", "consultation.group.comment.invalid", comment.id());
			}
			comment.group(groupId);
		}
		if (found.size() != wanted.size()) {
			throw RuleViolation.invalid("commentIds", "consultation.group.comment.unknown");
		}
	}


}

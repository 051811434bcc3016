package org.gongkai.consultation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.PublicLinks;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.mail.OutgoingMail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderating comments (审核) before anyone else sees them: approve, or reject with a reason from the fixed list;
 * reply to a commenter who left a contact (by e-mail when it is an address; the reply also shows with their
 * code); and the full export of a consultation's comments, audited because it holds contacts.
 */
@Service
public class Moderation {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final ConsultationRepository consultations;

	private final CommentRepository comments;

	private final ConsultationViews views;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PublicLinks links;

	Moderation(ConsultationRepository consultations, CommentRepository comments, ConsultationViews views,
			MessageSource messages, ApplicationEventPublisher events, Clock clock, PublicLinks links) {
		this.consultations = consultations;
		this.comments = comments;
		this.views = views;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
		this.links = links;
	}

	/** Comments waiting in the consultations I may moderate: flagged first, then oldest first. */
	@Transactional(readOnly = true)
	public List<CommentView> queue(Me me) {
		Map<Long, Consultation> mine = consultations.findAll()
			.stream()
			.filter(c -> c.status() != ConsultationStatus.DRAFT)
			.filter(c -> ConsultationPermissions.canModerate(me, c.unitId()))
			.collect(Collectors.toMap(Consultation::id, c -> c));
		if (mine.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<Long, String>> labels = mine.values()
			.stream()
			.collect(Collectors.toMap(Consultation::id, ConsultationViews::articleLabels));
		return comments.findPending(mine.keySet())
			.stream()
			.map(c -> views.comment(c, labels.get(c.consultationId()), true))
			.toList();
	}

	@Transactional
	public void approve(Me me, long commentId, long version) {
		ConsultationComment comment = moderated(me, commentId, version);
		comment.approve(me.username(), clock.instant());
		events.publishEvent(AuditEvent.of("consultation.comment.approved", "ConsultationComment", commentId,
				"consultation " + comment.consultationId()));
	}

	@Transactional
	public void reject(Me me, long commentId, long version, Rejection reason) {
		if (reason == null) {
			throw RuleViolation.invalid("rejection", "consultation.rejection.required");
		}
		ConsultationComment comment = moderated(me, commentId, version);
		comment.reject(reason, me.username(), clock.instant());
		events.publishEvent(AuditEvent.of("consultation.comment.rejected", "ConsultationComment", commentId,
				reason.name()));
	}

	/** Answers a commenter who left a contact; mailed when the contact is an e-mail address. */
	@Transactional
	public void reply(Me me, long commentId, String text) {
		ConsultationComment comment = comments.findById(commentId)
			.orElseThrow(() -> RuleViolation.notFound("consultation.comment.notFound"));
		Consultation consultation = consultations.findById(comment.consultationId()).orElseThrow();
		ConsultationPermissions.requireModerate(me, consultation.unitId());
		String reply = text == null ? "" : text.strip();
		if (reply.isEmpty()) {
			throw RuleViolation.invalid("reply", "consultation.reply.empty");
		}
		if (reply.length() > 4000) {
			throw RuleViolation.invalid("reply", "consultation.reply.tooLong", 4000);
		}
		if (comment.contact() == null) {
			throw RuleViolation.conflict("reply", "consultation.reply.noContact");
		}
		comment.reply(reply, me.username(), clock.instant());
		if (Contacts.isEmail(comment.contact())) {
			String subject = messages.getMessage("consultation.mail.reply.subject",
					new Object[] { consultation.title() }, CHINESE);
			String body = messages.getMessage("consultation.mail.reply.body", new Object[] { consultation.title(),
					comment.body(), reply, links.absolute("/consultations/" + consultation.id()) }, CHINESE);
			events.publishEvent(new OutgoingMail(comment.contact().strip(), subject, body, "consultation.reply",
					"consultation-comment-" + commentId));
		}
		events.publishEvent(AuditEvent.of("consultation.comment.replied", "ConsultationComment", commentId,
				"consultation " + consultation.id()));
	}

	/** Every comment of a consultation with full contacts, for the XLSX export; the reading is audited. */
	@Transactional
	public List<CommentExportRow> export(Me me, long consultationId) {
		Consultation consultation = consultations.findById(consultationId)
			.orElseThrow(() -> RuleViolation.notFound("consultation.notFound"));
		ConsultationPermissions.requireModerate(me, consultation.unitId());
		Map<Long, String> labels = ConsultationViews.articleLabels(consultation);
		Map<Long, Integer> groups = consultation.groups()
			.stream()
			.collect(Collectors.toMap(ConsultationOpinionGroup::id, ConsultationOpinionGroup::position));
		List<CommentExportRow> rows = new ArrayList<>();
		for (ConsultationComment c : comments.findByConsultationIdOrderBySubmittedAtAscIdAsc(consultationId)) {
			rows.add(new CommentExportRow(c.id(), c.articleId() == null ? null : labels.get(c.articleId()),
					c.authorName(), c.contact(), c.body(), c.submittedAt(), c.status(), c.rejection(), c.flaggedWords(),
					c.reply(), c.groupId() == null ? null : groups.get(c.groupId())));
		}
		events.publishEvent(AuditEvent.of("consultation.comments.exported", "Consultation", consultationId,
				rows.size() + " comments with contacts"));
		return rows;
	}

	private ConsultationComment moderated(Me me, long commentId, long version) {
		ConsultationComment comment = comments.findById(commentId)
			.orElseThrow(() -> RuleViolation.notFound("consultation.comment.notFound"));
		Consultation consultation = consultations.findById(comment.consultationId()).orElseThrow();
		ConsultationPermissions.requireModerate(me, consultation.unitId());
		if (comment.version() != version) {
			throw new RuleViolation(HttpStatus.CONFLICT, "consultation.comment.stale", null);
		}
		if (consultation.status() == ConsultationStatus.CONCLUDED) {
			throw RuleViolation.conflict(null, "consultation.update.concluded");
		}
		return comment;
	}

}

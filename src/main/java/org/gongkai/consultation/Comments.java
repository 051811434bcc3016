package org.gongkai.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.QueryCodes;
import org.gongkai.common.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen's side of a consultation: commenting while it is open, and seeing the comment's status with the code
 * given on submission. Callers apply the rate limit ({@code comment}) first. Comments are plain text: markup is
 * refused, so nothing a commenter writes can run in a reader's browser.
 */
@Service
public class Comments {

	private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>|javascript\\s*:",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

	private final ConsultationRepository consultations;

	private final CommentRepository comments;

	private final SensitiveWords sensitiveWords;

	private final ConsultationProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Comments(ConsultationRepository consultations, CommentRepository comments, SensitiveWords sensitiveWords,
			ConsultationProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.consultations = consultations;
		this.comments = comments;
		this.sensitiveWords = sensitiveWords;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public CommentReceipt submit(long consultationId, CommentForm form) {
		Consultation consultation = consultations.findById(consultationId)
			.filter(c -> c.status() != ConsultationStatus.DRAFT)
			.orElseThrow(() -> RuleViolation.notFound("consultation.notFound"));
		Phase phase = consultation.phase(LocalDate.now(clock));
		if (phase == Phase.UPCOMING) {
			throw RuleViolation.conflict(null, "consultation.comment.notYetOpen", consultation.opensOn());
		}
		if (phase != Phase.OPEN) {
			throw RuleViolation.conflict(null, "consultation.comment.closed", consultation.closesOn());
		}
		if (form.articleId() != null && consultation.article(form.articleId()).isEmpty()) {
			throw RuleViolation.invalid("articleId", "consultation.comment.article.unknown");
		}
		String body = CONTROL.matcher(form.body() == null ? "" : form.body()).replaceAll("").strip();
		if (body.isEmpty()) {
			throw RuleViolation.invalid("body", "consultation.comment.body.empty");
		}
		if (body.length() > properties.commentMaxLength()) {
			throw RuleViolation.invalid("body", "consultation.comment.body.tooLong", properties.commentMaxLength(),
					body.length());
		}
		if (MARKUP.matcher(body).find()) {
			throw RuleViolation.invalid("body", "consultation.comment.body.markup");
		}
		String name = clean(form.name());
		String contact = clean(form.contact());
		if (name != null && MARKUP.matcher(name).find()) {
			throw RuleViolation.invalid("name", "consultation.comment.body.markup");
		}
		if (form.replyWanted() && contact == null) {
			throw RuleViolation.invalid("contact", "consultation.comment.contact.neededForReply");
		}
		List<String> flagged = sensitiveWords.foundIn(body + " " + (name == null ? "" : name));
		String code = QueryCodes.next();
		ConsultationComment comment = new ConsultationComment(consultationId, form.articleId(), name, contact, body,
				clock.instant(), QueryCodes.hash(code), flagged.isEmpty() ? null : String.join(",", flagged));
		comments.save(comment);
		events.publishEvent(AuditEvent.of("consultation.comment.submitted", "ConsultationComment", comment.id(),
				"consultation " + consultationId + (flagged.isEmpty() ? "" : ", flagged")).by("public"));
		return new CommentReceipt(consultationId, code, !flagged.isEmpty());
	}

	/** The status of the comment the code belongs to; an unknown code is simply not found. */
	@Transactional(readOnly = true)
	public CommentStatusView status(String code) {
		ConsultationComment comment = code == null || code.isBlank() ? null
				: comments.findByStatusCodeHash(QueryCodes.hash(code)).orElse(null);
		if (comment == null) {
			throw new RuleViolation(HttpStatus.NOT_FOUND, "consultation.comment.status.notFound", "code");
		}
		Consultation consultation = consultations.findById(comment.consultationId()).orElseThrow();
		String label = comment.articleId() == null ? null
				: consultation.article(comment.articleId()).map(ConsultationArticle::label).orElse(null);
		return new CommentStatusView(consultation.id(), consultation.title(), label, comment.body(),
				comment.submittedAt(), comment.status(), comment.rejection(), comment.reply(), comment.repliedAt());
	}

	private static String clean(String value) {
		if (value == null) {
			return null;
		}
		String stripped = CONTROL.matcher(value).replaceAll("").strip();
		return stripped.isEmpty() ? null : stripped;
	}

}

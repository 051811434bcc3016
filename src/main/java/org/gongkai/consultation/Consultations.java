package org.gongkai.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.audit.AuditEvent;
import org.gongkai.calendar.WorkingDays;
import org.gongkai.common.FileStore;
import org.gongkai.common.FileTypes;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafting unit's side of a consultation: writing the draft, the files, publishing it through the
 * confidentiality review, and the console's lists, including consultations closed without published feedback.
 */
@Service
public class Consultations {

	private final ConsultationRepository consultations;

	private final ConsultationViews views;

	private final ConsultationPeriods periods;

	private final ConsultationProperties properties;

	private final UnitManagement units;

	private final WorkingDays workingDays;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Consultations(ConsultationRepository consultations, ConsultationViews views, ConsultationPeriods periods,
			ConsultationProperties properties, UnitManagement units, WorkingDays workingDays, FileStore files,
			ApplicationEventPublisher events, Clock clock) {
		this.consultations = consultations;
		this.views = views;
		this.periods = periods;
		this.properties = properties;
		this.units = units;
		this.workingDays = workingDays;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public long create(Me me, ConsultationForm form) {
		ConsultationPermissions.requireEdit(me, form.unitId());
		Consultation consultation = new Consultation(me.username(), clock.instant());
		apply(consultation, form);
		consultations.save(consultation);
		events.publishEvent(AuditEvent.of("consultation.created", "Consultation", consultation.id(),
				consultation.title()));
		return consultation.id();
	}

	/**
	 * Changes a draft (anything) or a published consultation (its dates only: comments are anchored to its text).
	 * The version is the one the form was loaded with; a stale one is refused.
	 */
	@Transactional
	public void update(Me me, long id, long version, ConsultationForm form) {
		Consultation consultation = find(id);
		ConsultationPermissions.requireEdit(me, consultation.unitId());
		requireVersion(consultation, version);
		switch (consultation.status()) {
			case DRAFT -> {
				ConsultationPermissions.requireEdit(me, form.unitId());
				apply(consultation, form);
			}
			case PUBLISHED -> {
				if (consultation.phase(views.today()) == Phase.CLOSED) {
					throw RuleViolation.conflict(null, "consultation.update.closed");
				}
				periods.check(form.opensOn(), form.closesOn(), consultation.normative(), form.shortPeriodReason());
				if (!form.closesOn().equals(consultation.closesOn()) && form.closesOn().isBefore(views.today())) {
					throw RuleViolation.invalid("closesOn", "consultation.closesOn.past");
				}
				if (!form.opensOn().equals(consultation.opensOn()) && consultation.phase(views.today()) != Phase.UPCOMING) {
					throw RuleViolation.invalid("opensOn", "consultation.opensOn.alreadyOpen");
				}
				consultation.reschedule(form.opensOn(), form.closesOn(), reason(consultation.normative(), form));
			}
			case CONCLUDED -> throw RuleViolation.conflict(null, "consultation.update.concluded");
		}
		consultation.changedBy(me.username());
		events.publishEvent(AuditEvent.of("consultation.updated", "Consultation", id, consultation.title()));
	}

	/** Publishes after the confidentiality review by the unit's reviewer (or the office), not the author. */
	@Transactional
	public void publish(Me me, long id, long version) {
		Consultation consultation = find(id);
		requireVersion(consultation, version);
		ConsultationPermissions.requirePublish(me, consultation);
		if (consultation.status() != ConsultationStatus.DRAFT) {
			throw RuleViolation.conflict(null, "consultation.publish.notDraft");
		}
		if (consultation.opensOn().isBefore(views.today())) {
			throw RuleViolation.invalid("opensOn", "consultation.opensOn.past");
		}
		periods.check(consultation.opensOn(), consultation.closesOn(), consultation.normative(),
				consultation.shortPeriodReason());
		consultation.publish(me.username(), clock.instant());
		events.publishEvent(AuditEvent.of("consultation.published", "Consultation", id, consultation.title()));
	}

	@Transactional
	public long attach(Me me, long id, String fileName, String contentType, byte[] content) {
		Consultation consultation = find(id);
		ConsultationPermissions.requireEdit(me, consultation.unitId());
		if (consultation.status() == ConsultationStatus.CONCLUDED) {
			throw RuleViolation.conflict("file", "consultation.update.concluded");
		}
		if (content.length == 0) {
			throw RuleViolation.invalid("file", "consultation.file.empty");
		}
		if (content.length > properties.maxFileSize().toBytes()) {
			throw RuleViolation.invalid("file", "consultation.file.tooLarge", properties.maxFileSize().toMegabytes());
		}
		String name = FileTypes.cleanName(fileName)
			.orElseThrow(() -> RuleViolation.invalid("file", "consultation.file.name"));
		FileTypes type = FileTypes.of(name, content)
			.orElseThrow(() -> RuleViolation.invalid("file", "consultation.file.type"));
		ConsultationFile file = new ConsultationFile(consultation, name, type.contentType(), content.length,
				files.store(content),
				clock.instant());
		consultation.addFile(file);
		consultation.changedBy(me.username());
		consultations.flush();
		events.publishEvent(AuditEvent.of("consultation.file.added", "Consultation", id, name));
		return file.id();
	}

	@Transactional
	public void removeFile(Me me, long id, long fileId) {
		Consultation consultation = find(id);
		ConsultationPermissions.requireEdit(me, consultation.unitId());
		if (!consultation.removeFile(fileId)) {
			throw RuleViolation.notFound("consultation.file.notFound");
		}
		consultation.changedBy(me.username());
		events.publishEvent(AuditEvent.of("consultation.file.removed", "Consultation", id, String.valueOf(fileId)));
	}

	/** A file of a consultation, also of a draft, for the staff who may see it. */
	@Transactional(readOnly = true)
	public FileDownload staffFile(Me me, long id, long fileId) {
		Consultation consultation = find(id);
		if (!ConsultationPermissions.canModerate(me, consultation.unitId())) {
			throw RuleViolation.forbidden("consultation.console.denied");
		}
		ConsultationFile file = consultation.file(fileId)
			.orElseThrow(() -> RuleViolation.notFound("consultation.file.notFound"));
		return FileDownload.of(file, () -> files.open(file.sha256()));
	}

	/** The consultations of my units (all for the office), newest first. */
	@Transactional(readOnly = true)
	public Page<ConsultationSummary> staffPage(Me me, int page, int size) {
		if (!ConsultationPermissions.seesConsole(me)) {
			throw RuleViolation.forbidden("consultation.console.denied");
		}
		PageRequest request = PageRequest.of(Math.max(page, 0), size);
		Page<Consultation> found = me.office() ? consultations.findAllByOrderByIdDesc(request)
				: consultations.findByUnitIdInOrderByIdDesc(Set.of(me.unitId()), request);
		Map<Long, String> unitNames = views.unitNames();
		return found.map(c -> views.summary(c, unitNames));
	}

	@Transactional(readOnly = true)
	public ConsultationView staffView(Me me, long id) {
		Consultation consultation = find(id);
		if (!ConsultationPermissions.canModerate(me, consultation.unitId())) {
			throw RuleViolation.forbidden("consultation.console.denied");
		}
		return views.staffView(consultation);
	}

	/** The form of an existing consultation, as loaded for editing. */
	@Transactional(readOnly = true)
	public ConsultationForm form(Me me, long id) {
		Consultation c = find(id);
		ConsultationPermissions.requireEdit(me, c.unitId());
		return new ConsultationForm(c.title(), c.explanation(), c.unitId(), c.contact(), c.normative(), c.opensOn(),
				c.closesOn(), c.shortPeriodReason(), ConsultationViews.draftText(c));
	}

	/** The earliest closing date without a reason, for a form's hint. */
	public LocalDate earliestClosing(LocalDate opensOn, boolean normative) {
		return periods.earliestClosing(opensOn, normative);
	}

	/**
	 * Closed without published feedback (已截止未反馈), longest waiting first, in my units (all for the office): the
	 * console's reminder that the opinions still await an answer.
	 */
	@Transactional(readOnly = true)
	public List<AwaitingOutcome> awaitingOutcome(Me me) {
		LocalDate today = views.today();
		Map<Long, String> unitNames = views.unitNames();
		return consultations.findClosedBefore(today)
			.stream()
			.filter(c -> ConsultationPermissions.canModerate(me, c.unitId()))
			.map(c -> {
				ConsultationSummary summary = views.summary(c, unitNames);
				return new AwaitingOutcome(c.id(), c.title(), c.unitId(), unitNames.get(c.unitId()), c.closesOn(),
						ChronoUnit.DAYS.between(c.closesOn(), today), workingDays.workingDaysBetween(c.closesOn(), today),
						summary.approvedComments(), summary.pendingComments());
			})
			.toList();
	}

	private void apply(Consultation consultation, ConsultationForm form) {
		units.get(form.unitId());
		periods.check(form.opensOn(), form.closesOn(), form.normative(), form.shortPeriodReason());
		List<DraftText.Article> draft = DraftText.split(form.draftText());
		if (draft.isEmpty()) {
			throw RuleViolation.invalid("draftText", "consultation.draftText.empty");
		}
		if (draft.size() > DraftText.MAX_ARTICLES) {
			throw RuleViolation.invalid("draftText", "consultation.draftText.tooManyArticles", DraftText.MAX_ARTICLES);
		}
		if (draft.stream().anyMatch(a -> a.text().length() > 20000)) {
			throw RuleViolation.invalid("draftText", "consultation.draftText.articleTooLong");
		}
		consultation.edit(new ConsultationForm(form.title(), form.explanation(), form.unitId(), form.contact(),
				form.normative(), form.opensOn(), form.closesOn(), reason(form.normative(), form), form.draftText()),
				draft);
	}

	/** The reason is kept only when the period is actually shorter than the minimum (else it would mislead). */
	private String reason(boolean normative, ConsultationForm form) {
		boolean shortened = periods.shortened(form.opensOn(), form.closesOn(), normative);
		return shortened && form.shortPeriodReason() != null && !form.shortPeriodReason().isBlank()
				? form.shortPeriodReason().strip() : null;
	}

	private static void requireVersion(Consultation consultation, long version) {
		if (consultation.version() != version) {
			throw new RuleViolation(HttpStatus.CONFLICT, "consultation.stale", null);
		}
	}

	Consultation find(long id) {
		return consultations.findById(id).orElseThrow(() -> RuleViolation.notFound("consultation.notFound"));
	}

}

package org.gongkai.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.gongkai.audit.AuditEvent;
import org.gongkai.catalogue.Catalogue;
import org.gongkai.common.FileStore;
import org.gongkai.common.FileTypes;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Keeping the record of a major decision (重大行政决策): the responsible unit's editors or the disclosure office
 * create it, record each of the five procedures with evidence, and publish it once every procedure is recorded
 * (they are 必经程序, mandatory). A published record no longer changes; it can only be withdrawn, with a reason.
 * Every change is audited.
 */
@Service
@Transactional
public class MajorDecisions {

	private final MajorDecisionRepository decisions;

	private final DecisionEvidenceRepository evidence;

	private final Catalogue catalogue;

	private final UnitManagement units;

	private final FileStore files;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DataSize maxEvidenceSize;

	private final PublicConsultations consultations;

	@PersistenceContext
	private EntityManager entityManager;

	MajorDecisions(MajorDecisionRepository decisions, DecisionEvidenceRepository evidence, Catalogue catalogue,
			UnitManagement units, FileStore files, MessageSource messages, ApplicationEventPublisher events, Clock clock,
			@Value("${gongkai.decisions.max-evidence-size:20MB}") DataSize maxEvidenceSize,
			PublicConsultations consultations) {
		this.decisions = decisions;
		this.evidence = evidence;
		this.catalogue = catalogue;
		this.units = units;
		this.files = files;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
		this.maxEvidenceSize = maxEvidenceSize;
		this.consultations = consultations;
	}

	/** Whether {@code me} may keep the records of {@code unitId}. */
	public static boolean canEdit(Me me, long unitId) {
		return DecisionPermissions.canEdit(me, unitId);
	}

	/** Whether {@code me} may start a record for some unit. */
	public static boolean canDraft(Me me) {
		return DecisionPermissions.canDraft(me);
	}

	public long create(Me me, MajorDecisionForm form) {
		DecisionPermissions.requireEdit(me, form.unitId());
		check(form);
		MajorDecision decision = decisions.save(new MajorDecision(form, me.username(), clock.instant()));
		audit("decision.created", decision, "\"" + decision.getTitle() + "\"");
		return decision.getId();
	}

	/** Saves the edited draft; refused (409) when someone changed it since {@code expectedVersion} was read. */
	public void update(Me me, long id, MajorDecisionForm form, long expectedVersion) {
		MajorDecision decision = draft(me, id);
		DecisionPermissions.requireEdit(me, form.unitId());
		if (decision.getVersion() != expectedVersion) {
			throw RuleViolation.conflict(null, "decision.conflict");
		}
		check(form);
		decision.apply(form, clock.instant());
		audit("decision.updated", decision, "\"" + decision.getTitle() + "\" saved");
	}

	/** Records one procedure, or records it again (the new record replaces the old; its evidence stays). */
	public void record(Me me, long id, DecisionProcedure procedure, DecisionStepForm form) {
		MajorDecision decision = draft(me, id);
		checkStep(procedure, form);
		decision.record(procedure, form, me.username(), clock.instant());
		audit("decision.procedure.recorded", decision, procedure + (form.notApplicableChosen()
				? " not applicable: " + form.description().strip() : " on " + form.completedOn()));
	}

	/** Adds an evidence file to a recorded procedure: type checked by content, size limited, stored by SHA-256. */
	public DecisionEvidenceView attach(Me me, long id, DecisionProcedure procedure, String fileName, byte[] content) {
		MajorDecision decision = draft(me, id);
		DecisionStep step = decision.step(procedure)
			.orElseThrow(() -> RuleViolation.conflict("file", "decision.evidence.recordFirst", procedureName(procedure)));
		if (content.length == 0) {
			throw RuleViolation.invalid("file", "decision.evidence.empty");
		}
		if (content.length > maxEvidenceSize.toBytes()) {
			throw new RuleViolation(HttpStatus.PAYLOAD_TOO_LARGE, "decision.evidence.tooLarge", "file",
					maxEvidenceSize.toMegabytes());
		}
		String name = cleanName(fileName);
		FileTypes type = FileTypes.byName(name)
			.orElseThrow(() -> RuleViolation.invalid("file", "decision.evidence.type.unsupported", name));
		if (!type.matches(content)) {
			throw RuleViolation.invalid("file", "decision.evidence.type.mismatch", name);
		}
		String sha256 = files.store(content);
		DecisionEvidence saved = evidence.save(
				new DecisionEvidence(step, name, type.contentType(), content.length, sha256, clock.instant()));
		step.getEvidence().add(saved);
		decision.touched(clock.instant());
		audit("decision.evidence.added", decision, procedure + ": " + name + " (" + content.length + " bytes, sha256 "
				+ sha256.substring(0, 12) + ")");
		return saved.toView();
	}

	public void removeEvidence(Me me, long evidenceId) {
		DecisionEvidence file = evidence.findWithDecision(evidenceId)
			.orElseThrow(() -> RuleViolation.notFound("decision.evidence.notFound", evidenceId));
		MajorDecision decision = draft(me, file.getStep().getDecision().getId());
		file.getStep().getEvidence().remove(file);
		evidence.delete(file);
		decision.touched(clock.instant());
		audit("decision.evidence.removed", decision, file.getStep().getProcedure() + ": " + file.getFileName());
	}

	/**
	 * Publishes the record: refused while any of the five procedures is unrecorded (naming them), without the
	 * decided-on date, when a procedure is dated after the decision, or when the result document is no longer public.
	 */
	public void publish(Me me, long id) {
		MajorDecision decision = draft(me, id);
		List<DecisionProcedure> missing = decision.missing();
		if (!missing.isEmpty()) {
			throw RuleViolation.conflict(null, "decision.publish.missing",
					missing.stream().map(this::procedureName).collect(Collectors.joining(separator())));
		}
		if (decision.getDecidedOn() == null) {
			throw RuleViolation.invalid("decidedOn", "decision.publish.decidedOnRequired");
		}
		for (DecisionStep step : decision.getSteps()) {
			if (step.getCompletedOn() != null && step.getCompletedOn().isAfter(decision.getDecidedOn())) {
				throw RuleViolation.conflict(null, "decision.publish.afterDecision", procedureName(step.getProcedure()));
			}
		}
		requirePublicResult(decision.getResultDocumentId());
		decision.publish(clock.instant());
		audit("decision.published", decision, "\"" + decision.getTitle() + "\" published");
	}

	/** Takes a published record off the public pages, with the reason; it stays in the console. */
	public void withdraw(Me me, long id, String reason) {
		MajorDecision decision = find(id);
		DecisionPermissions.requireEdit(me, decision.getUnitId());
		if (decision.getStatus() != DecisionStatus.PUBLISHED) {
			throw RuleViolation.conflict(null, "decision.notPublished");
		}
		if (reason == null || reason.isBlank()) {
			throw RuleViolation.invalid("reason", "decision.withdraw.reasonRequired");
		}
		decision.withdraw(reason.strip(), clock.instant());
		audit("decision.withdrawn", decision, reason.strip());
	}

	private void check(MajorDecisionForm form) {
		if (units.all().stream().map(UnitView::id).noneMatch(form.unitId()::equals)) {
			throw RuleViolation.invalid("unitId", "decision.unit.unknown");
		}
		if (form.decidedOn() != null && form.decidedOn().isAfter(LocalDate.now(clock))) {
			throw RuleViolation.invalid("decidedOn", "decision.date.future");
		}
		requirePublicResult(form.resultDocumentId());
		if (form.consultationId() != null && consultations.title(form.consultationId()).isEmpty()) {
			throw RuleViolation.invalid("consultationId", "decision.consultation.notPublic", form.consultationId());
		}
	}

	private void requirePublicResult(Long documentId) {
		if (documentId != null && catalogue.publicDocument(documentId).isEmpty()) {
			throw RuleViolation.invalid("resultDocumentId", "decision.result.notPublic", documentId);
		}
	}

	private void checkStep(DecisionProcedure procedure, DecisionStepForm form) {
		boolean described = form.description() != null && !form.description().isBlank();
		if (form.notApplicableChosen()) {
			if (!procedure.waivable()) {
				throw RuleViolation.invalid("notApplicable", "decision.step.notWaivable", procedureName(procedure));
			}
			if (!described) {
				throw RuleViolation.invalid("description", "decision.step.reasonRequired");
			}
			return;
		}
		if (form.completedOn() == null) {
			throw RuleViolation.invalid("completedOn", "decision.step.dateRequired");
		}
		if (form.completedOn().isAfter(LocalDate.now(clock))) {
			throw RuleViolation.invalid("completedOn", "decision.date.future");
		}
		if (form.responsibleUnit() == null || form.responsibleUnit().isBlank()) {
			throw RuleViolation.invalid("responsibleUnit", "decision.step.unitRequired");
		}
		if (!described) {
			throw RuleViolation.invalid("description", "decision.step.descriptionRequired");
		}
	}

	private MajorDecision draft(Me me, long id) {
		MajorDecision decision = find(id);
		DecisionPermissions.requireEdit(me, decision.getUnitId());
		if (decision.getStatus() != DecisionStatus.DRAFT) {
			throw RuleViolation.conflict(null, "decision.notDraft");
		}
		return decision;
	}

	private MajorDecision find(long id) {
		MajorDecision decision = decisions.findWithSteps(id)
			.orElseThrow(() -> RuleViolation.notFound("decision.notFound", id));
		// Every change to the record or its procedures moves its version on, even within one instant.
		entityManager.lock(decision, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return decision;
	}

	private String procedureName(DecisionProcedure procedure) {
		return messages.getMessage(procedure.messageKey(), null, procedure.name(), LocaleContextHolder.getLocale());
	}

	private String separator() {
		return messages.getMessage("decision.procedure.separator", null, ", ", LocaleContextHolder.getLocale());
	}

	private static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty() || name.length() > 255) {
			throw RuleViolation.invalid("file", "decision.evidence.name.invalid");
		}
		return name;
	}

	private void audit(String action, MajorDecision decision, String summary) {
		events.publishEvent(AuditEvent.of(action, "MajorDecision", decision.getId(), summary));
	}

}

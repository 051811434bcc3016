package org.gongkai.publicity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.audit.AuditEvent;
import org.gongkai.calendar.WorkingDays;
import org.gongkai.common.RuleViolation;
import org.gongkai.common.Texts;
import org.gongkai.identity.FourEyes;
import org.gongkai.identity.Me;
import org.gongkai.powers.PowerItemRef;
import org.gongkai.powers.PowerLookup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff side of 双公示: registering decisions (a form, the API, an import; approvals arrive by themselves),
 * correcting them, publishing them as a review by a second member (four eyes: never the one who registered or
 * corrected it), withdrawing (撤销) published ones with a reason. Every step is kept in the record's history and
 * audited; every unmasked view of a record is audited too.
 */
@Service
@Transactional
public class Publicity {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final PublicityRecordRepository records;

	private final PublicityChangeRepository changes;

	private final PowerLookup powers;

	private final WorkingDays workingDays;

	private final PublicityProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Publicity(PublicityRecordRepository records, PublicityChangeRepository changes, PowerLookup powers,
			WorkingDays workingDays, PublicityProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.changes = changes;
		this.powers = powers;
		this.workingDays = workingDays;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Registers a decision made outside the system; returns the new record's id. */
	public long register(Me me, PublicityDraft draft, RecordSource source) {
		PublicityDraft d = checked(draft);
		Long unit = unitOf(d, me);
		PublicityPermissions.requireHandle(me, unit);
		return create(d, unit, source, null, me.username()).getId();
	}

	/** Checks without saving: every problem of the draft (an import's dry run, a form's first check). */
	public List<FieldProblem> problems(PublicityDraft draft) {
		List<FieldProblem> problems = new ArrayList<>(PublicityRules.check(draft, today(), powers::current));
		if (draft.kind() != null && draft.decisionNumber() != null
				&& records.existsByKindAndDecisionNumber(draft.kind(), draft.decisionNumber().strip())) {
			problems.add(new FieldProblem("decisionNumber", "publicity.decisionNumber.taken", draft.decisionNumber()));
		}
		return problems;
	}

	/** The unit a registered record belongs to: its power item's handling unit, else the registering member's. */
	Long unitOf(PublicityDraft d, Me me) {
		return power(d).map(PowerItemRef::handlingUnitId).orElse(me.unitId());
	}

	/**
	 * A licensing decision of an approval case, once per case number; the system registered it. Empty when the case
	 * is already recorded, or with the problems of a decision that breaks the rules (left to staff).
	 */
	Optional<Long> fromApproval(PublicityDraft draft, String caseNumber, List<FieldProblem> problems) {
		if (records.existsByCaseNumber(caseNumber)) {
			return Optional.empty();
		}
		problems.addAll(problems(draft));
		if (!problems.isEmpty()) {
			return Optional.empty();
		}
		Long unit = power(draft).map(PowerItemRef::handlingUnitId).orElse(null);
		return Optional.of(create(draft, unit, RecordSource.APPROVAL, caseNumber, "system").getId());
	}

	private PublicityRecord create(PublicityDraft d, Long unit, RecordSource source, String caseNumber, String by) {
		Instant now = clock.instant();
		PublicityRecord record = records.save(new PublicityRecord(d, unit, source, caseNumber,
				PublicityDeadline.due(workingDays, d.decidedOn(), properties.withinWorkingDays()), by, now));
		history(record, PublicityChange.Action.REGISTERED, by, null, source.name());
		events.publishEvent(AuditEvent.of("publicity.registered", "PublicityRecord", record.getId(),
				record.getKind() + " " + record.getDecisionNumber() + " (" + source + "), due " + record.getDueOn())
			.by(by));
		return record;
	}

	/** Corrects the fields, with a reason once published; the history keeps what changed. */
	public void correct(Me me, long id, PublicityDraft draft, String reason) {
		PublicityRecord record = find(id);
		PublicityPermissions.requireHandle(me, record.getUnitId());
		String why = Texts.blankToNull(reason);
		if (record.getStatus() != RecordStatus.AWAITING && why == null) {
			throw RuleViolation.invalid("reason", "publicity.reason.required");
		}
		requireShort(why);
		PublicityDraft d = draft == null ? null : draft.as(record.getKind());
		if (d == null) {
			throw new InvalidRecord(List.of(new FieldProblem("record", "publicity.field.required")));
		}
		List<FieldProblem> problems = new ArrayList<>(PublicityRules.check(d, today(), powers::current));
		if (d.decisionNumber() != null && !d.decisionNumber().strip().equals(record.getDecisionNumber())
				&& records.existsByKindAndDecisionNumber(d.kind(), d.decisionNumber().strip())) {
			problems.add(new FieldProblem("decisionNumber", "publicity.decisionNumber.taken", d.decisionNumber()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRecord(problems);
		}
		Long unit = unitOf(d, me);
		PublicityPermissions.requireHandle(me, unit);
		LocalDate decidedBefore = record.getDecidedOn();
		List<String> changed = record.correct(d, unit, today(), clock.instant());
		if (changed.isEmpty()) {
			return;
		}
		if (!d.decidedOn().equals(decidedBefore)) {
			record.due(PublicityDeadline.due(workingDays, d.decidedOn(), properties.withinWorkingDays()));
		}
		history(record, PublicityChange.Action.CORRECTED, me.username(), why, String.join("\n", changed));
		events.publishEvent(AuditEvent.of("publicity.corrected", "PublicityRecord", id,
				record.getDecisionNumber() + ": " + changed.size() + " field(s)" + (why == null ? "" : ", " + why))
			.by(me.username()));
	}

	/** Publishes a record awaiting publication: a review, by someone who neither registered nor corrected it. */
	public void publish(Me me, long id) {
		PublicityRecord record = find(id);
		PublicityPermissions.requireHandle(me, record.getUnitId());
		FourEyes.require(me, changes.contributors(id), "publicity.publish.fourEyes");
		record.publish(me.username(), today(), clock.instant());
		history(record, PublicityChange.Action.PUBLISHED, me.username(), null, null);
		events.publishEvent(AuditEvent.of("publicity.published", "PublicityRecord", id, record.getDecisionNumber()
				+ " published " + record.getPublishedOn() + ", due " + record.getDueOn()
				+ (record.isLate() ? " (late)" : "")).by(me.username()));
	}

	/** Withdraws (撤销) a published record, with a reason shown on its page. */
	public void withdraw(Me me, long id, String reason) {
		PublicityRecord record = find(id);
		PublicityPermissions.requireHandle(me, record.getUnitId());
		String why = Texts.blankToNull(reason);
		if (why == null) {
			throw RuleViolation.invalid("reason", "publicity.reason.required");
		}
		requireShort(why);
		record.withdraw(why, today(), clock.instant());
		history(record, PublicityChange.Action.WITHDRAWN, me.username(), why, null);
		events.publishEvent(AuditEvent.of("publicity.withdrawn", "PublicityRecord", id,
				record.getDecisionNumber() + ": " + why).by(me.username()));
	}

	/** A record unmasked, for the staff who handle it; the view is audited. */
	public StaffRecord record(Me me, long id) {
		PublicityRecord r = find(id);
		PublicityPermissions.requireHandle(me, r.getUnitId());
		events.publishEvent(AuditEvent.of("publicity.viewed", "PublicityRecord", id,
				"unmasked view of " + r.getDecisionNumber()).by(me.username()));
		List<StaffRecord.HistoryEntry> history = changes.findByRecordIdOrderByIdAsc(id)
			.stream()
			.map(c -> new StaffRecord.HistoryEntry(c.getAt(), c.getAction().name(), c.getActor(), c.getReason(),
					c.getChanges()))
			.toList();
		String refusal = r.getStatus() != RecordStatus.AWAITING ? null
				: FourEyes.refusal(me, changes.contributors(id), "publicity.publish.fourEyes").orElse(null);
		LocalDate today = today();
		return new StaffRecord(r.getId(), r.getPublicId(), r.draft(), r.getUnitId(), r.getSource(),
				r.getCaseNumber(), r.getStatus(), r.getDueOn(), r.isDueProvisional(),
				r.getStatus() == RecordStatus.AWAITING && r.getDueOn().isBefore(today), r.getPublishedOn(),
				r.isLate(), r.getRegisteredBy(), r.getPublishedBy(), r.getWithdrawnOn(), r.getWithdrawalReason(),
				history, refusal);
	}

	/** The console list, newest decisions first, in the database. */
	@Transactional(readOnly = true)
	public Page<StaffRow> page(Me me, StaffFilter filter, int page, int size) {
		PublicityPermissions.requireSee(me);
		LocalDate today = today();
		List<Long> units = PublicityPermissions.allUnits(me) ? null : List.of(me.unitId());
		return records
			.findAll(PublicitySpecs.staff(units, filter, today),
					PageRequest.of(page, size, Sort.by(Sort.Order.asc("status"), Sort.Order.desc("decidedOn"),
							Sort.Order.desc("id"))))
			.map(r -> StaffRow.of(r, today));
	}

	/** Records awaiting publication past their due day, of the member's units: the badge and a dashboard card. */
	@Transactional(readOnly = true)
	public long overdueCount(Me me) {
		if (!PublicityPermissions.maySee(me)) {
			return 0;
		}
		return records.countOverdue(PublicityPermissions.allUnits(me), List.of(me.unitId()), today());
	}

	/** Records awaiting publication due within the next working days ({@code gongkai.publicity.due-soon-working-days}). */
	@Transactional(readOnly = true)
	public long dueSoonCount(Me me) {
		if (!PublicityPermissions.maySee(me)) {
			return 0;
		}
		LocalDate today = today();
		return records.countDueSoon(PublicityPermissions.allUnits(me), List.of(me.unitId()), today,
				PublicityDeadline.dueSoonUntil(workingDays, today, properties.dueSoonWorkingDays()));
	}

	private PublicityDraft checked(PublicityDraft draft) {
		if (draft == null) {
			throw new InvalidRecord(List.of(new FieldProblem("kind", "publicity.field.required")));
		}
		List<FieldProblem> problems = problems(draft);
		if (!problems.isEmpty()) {
			throw new InvalidRecord(problems);
		}
		return draft;
	}

	private Optional<PowerItemRef> power(PublicityDraft d) {
		return d.powerCode() == null || d.powerCode().isBlank() ? Optional.empty() : powers.current(d.powerCode());
	}

	private void history(PublicityRecord record, PublicityChange.Action action, String by, String reason,
			String changed) {
		changes.save(new PublicityChange(record.getId(), action, by, clock.instant(), today(), reason, changed));
	}

	private static void requireShort(String reason) {
		if (reason != null && reason.length() > 1000) {
			throw RuleViolation.invalid("reason", "publicity.field.tooLong", 1000);
		}
	}

	private PublicityRecord find(long id) {
		return records.findById(id).orElseThrow(() -> RuleViolation.notFound("publicity.notFound"));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

}

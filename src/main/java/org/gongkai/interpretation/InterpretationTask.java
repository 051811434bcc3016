package org.gongkai.interpretation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gongkai.common.RuleViolation;

/**
 * An interpretation task (解读任务): a published policy the drafting unit must interpret by {@code dueOn}. The first
 * published interpretation fulfils it (late when after the due day); a unit may ask for no interpretation (无需解读)
 * with a reason, which the disclosure office approves (the task is waived) or refuses (it is open again).
 */
@Entity
@Table(name = "interpretation_task")
class InterpretationTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long policyId;

	private String policyTitle;

	private long unitId;

	private LocalDate publishedOn;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private TaskStatus status;

	private LocalDate fulfilledOn;

	private boolean late;

	private Long interpretationId;

	private String waiverReason;

	private String waiverRequestedBy;

	private Instant waiverRequestedAt;

	private String waiverDecidedBy;

	private Instant waiverDecidedAt;

	private String waiverNote;

	private Instant createdAt;

	@Version
	private long version;

	protected InterpretationTask() {
	}

	InterpretationTask(long policyId, String policyTitle, long unitId, LocalDate publishedOn, LocalDate dueOn,
			Instant createdAt) {
		this.policyId = policyId;
		this.policyTitle = policyTitle;
		this.unitId = unitId;
		this.publishedOn = publishedOn;
		this.dueOn = dueOn;
		this.status = TaskStatus.OPEN;
		this.createdAt = createdAt;
	}

	/** A published interpretation ends the task, whatever a waiver request said; a closed task stays closed. */
	boolean fulfil(long interpretationId, LocalDate on) {
		if (!status.pending()) {
			return false;
		}
		this.status = TaskStatus.FULFILLED;
		this.interpretationId = interpretationId;
		this.fulfilledOn = on;
		this.late = InterpretationDeadline.late(dueOn, on);
		return true;
	}

	void requestWaiver(String reason, String by, Instant at) {
		if (status != TaskStatus.OPEN) {
			throw RuleViolation.conflict(null, "interpretation.task.notOpen");
		}
		this.status = TaskStatus.WAIVER_REQUESTED;
		this.waiverReason = reason;
		this.waiverRequestedBy = by;
		this.waiverRequestedAt = at;
		this.waiverDecidedBy = null;
		this.waiverDecidedAt = null;
		this.waiverNote = null;
	}

	/** The office's decision: approved closes the task as waived; refused opens it again, the refusal recorded. */
	void decideWaiver(boolean approved, String note, String by, Instant at) {
		if (status != TaskStatus.WAIVER_REQUESTED) {
			throw RuleViolation.conflict(null, "interpretation.waiver.notRequested");
		}
		this.status = approved ? TaskStatus.WAIVED : TaskStatus.OPEN;
		this.waiverDecidedBy = by;
		this.waiverDecidedAt = at;
		this.waiverNote = note;
	}

	Long getId() {
		return id;
	}

	/** Who asked for the waiver: 四眼原则, not the one to decide it. */
	String getWaiverRequestedBy() {
		return waiverRequestedBy;
	}

	long getPolicyId() {
		return policyId;
	}

	long getUnitId() {
		return unitId;
	}

	LocalDate getDueOn() {
		return dueOn;
	}

	TaskStatus getStatus() {
		return status;
	}

	String getPolicyTitle() {
		return policyTitle;
	}

	TaskView toView(String unitName, LocalDate today, int workingDaysOverdue, int workingDaysLeft) {
		return new TaskView(id, policyId, policyTitle, unitId, unitName, publishedOn, dueOn, status, fulfilledOn, late,
				interpretationId, waiverReason, waiverRequestedBy, waiverRequestedAt, waiverDecidedBy, waiverNote,
				status.pending() && today.isAfter(dueOn), workingDaysOverdue, workingDaysLeft);
	}

}

package org.gongkai.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 重大行政决策: one decision's public record, its procedures and the links to its consultation and result. */
@Entity
@Table(name = "decision_record")
class MajorDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String summary;

	private long unitId;

	@Enumerated(EnumType.STRING)
	private DecisionStatus status;

	private Long consultationId;

	private Long resultDocumentId;

	private LocalDate decidedOn;

	private String withdrawnReason;

	private Instant publishedAt;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<DecisionStep> steps = new ArrayList<>();

	protected MajorDecision() {
	}

	MajorDecision(MajorDecisionForm form, String createdBy, Instant now) {
		apply(form, now);
		this.status = DecisionStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void apply(MajorDecisionForm form, Instant now) {
		this.title = form.title().strip();
		this.summary = form.summary().strip();
		this.unitId = form.unitId();
		this.consultationId = form.consultationId();
		this.resultDocumentId = form.resultDocumentId();
		this.decidedOn = form.decidedOn();
		this.updatedAt = now;
	}

	/** Records (or records again) one procedure; a second record of the same procedure replaces the first. */
	DecisionStep record(DecisionProcedure procedure, DecisionStepForm form, String by, Instant now) {
		DecisionStep step = step(procedure).orElseGet(() -> {
			DecisionStep created = new DecisionStep(this, procedure);
			steps.add(created);
			return created;
		});
		step.record(form, by, now);
		this.updatedAt = now;
		return step;
	}

	Optional<DecisionStep> step(DecisionProcedure procedure) {
		return steps.stream().filter(s -> s.getProcedure() == procedure).findFirst();
	}

	/** The procedures not yet recorded, in statutory order. */
	List<DecisionProcedure> missing() {
		return java.util.Arrays.stream(DecisionProcedure.values()).filter(p -> step(p).isEmpty()).toList();
	}

	void publish(Instant now) {
		this.status = DecisionStatus.PUBLISHED;
		this.publishedAt = now;
		this.updatedAt = now;
	}

	void withdraw(String reason, Instant now) {
		this.status = DecisionStatus.WITHDRAWN;
		this.withdrawnReason = reason;
		this.updatedAt = now;
	}

	void touched(Instant now) {
		this.updatedAt = now;
	}

	Long getId() {
		return id;
	}

	String getTitle() {
		return title;
	}

	String getSummary() {
		return summary;
	}

	long getUnitId() {
		return unitId;
	}

	DecisionStatus getStatus() {
		return status;
	}

	Long getConsultationId() {
		return consultationId;
	}

	Long getResultDocumentId() {
		return resultDocumentId;
	}

	LocalDate getDecidedOn() {
		return decidedOn;
	}

	String getWithdrawnReason() {
		return withdrawnReason;
	}

	Instant getPublishedAt() {
		return publishedAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}

	List<DecisionStep> getSteps() {
		return steps;
	}

}

package org.gongkai.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One procedure of a major decision as recorded: carried out on a date by a unit, with what was done; or, for a
 * waivable procedure, not applicable, the description then being the reason. Evidence files hang off it.
 */
@Entity
@Table(name = "decision_step")
class DecisionStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "decision_id")
	private MajorDecision decision;

	@Enumerated(EnumType.STRING)
	@Column(name = "procedure_kind")
	private DecisionProcedure procedure;

	private boolean notApplicable;

	private LocalDate completedOn;

	private String responsibleUnit;

	private String description;

	private String recordedBy;

	private Instant recordedAt;

	@OneToMany(mappedBy = "step", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<DecisionEvidence> evidence = new ArrayList<>();

	protected DecisionStep() {
	}

	DecisionStep(MajorDecision decision, DecisionProcedure procedure) {
		this.decision = decision;
		this.procedure = procedure;
	}

	void record(DecisionStepForm form, String by, Instant now) {
		this.notApplicable = form.notApplicableChosen();
		this.completedOn = notApplicable ? null : form.completedOn();
		this.responsibleUnit = notApplicable ? null : form.responsibleUnit().strip();
		this.description = form.description().strip();
		this.recordedBy = by;
		this.recordedAt = now;
	}

	DecisionStepView toView() {
		return new DecisionStepView(procedure, true, notApplicable, completedOn, responsibleUnit, description,
				evidence.stream().map(DecisionEvidence::toView).toList());
	}

	Long getId() {
		return id;
	}

	MajorDecision getDecision() {
		return decision;
	}

	DecisionProcedure getProcedure() {
		return procedure;
	}

	LocalDate getCompletedOn() {
		return completedOn;
	}

	boolean isNotApplicable() {
		return notApplicable;
	}

	List<DecisionEvidence> getEvidence() {
		return evidence;
	}

}

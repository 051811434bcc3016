package org.gongkai.requests;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An administrative reconsideration (行政复议) or lawsuit (行政诉讼) against a reply, for Table C. */
@Entity
@Table(name = "request_appeal")
class Appeal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id")
	private DisclosureRequest request;

	@Enumerated(EnumType.STRING)
	private AppealKind kind;

	private LocalDate filedOn;

	@Enumerated(EnumType.STRING)
	private AppealOutcome outcome;

	private LocalDate decidedOn;

	private String note;

	/** The day Table C counts the filing: {@code filedOn}, or the recording's for a year published before. */
	private LocalDate countedFiledOn;

	/** The day Table C counts the decision: {@code decidedOn}, or the recording's for a year published before. */
	private LocalDate countedDecidedOn;

	protected Appeal() {
	}

	Appeal(DisclosureRequest request, AppealKind kind, LocalDate filedOn, String note) {
		this.request = request;
		this.kind = kind;
		this.filedOn = filedOn;
		this.countedFiledOn = filedOn;
		this.note = note;
	}

	void countFiledOn(LocalDate day) {
		this.countedFiledOn = day;
	}

	void countDecidedOn(LocalDate day) {
		this.countedDecidedOn = day;
	}

	LocalDate countedFiledOn() {
		return countedFiledOn;
	}

	LocalDate countedDecidedOn() {
		return countedDecidedOn;
	}

	void decide(AppealOutcome outcome, LocalDate on, String note) {
		this.outcome = outcome;
		this.decidedOn = on;
		this.countedDecidedOn = on;
		if (note != null && !note.isBlank()) {
			this.note = note;
		}
	}

	Long id() {
		return id;
	}

	AppealKind kind() {
		return kind;
	}

	LocalDate filedOn() {
		return filedOn;
	}

	AppealOutcome outcome() {
		return outcome;
	}

	LocalDate decidedOn() {
		return decidedOn;
	}

	String note() {
		return note;
	}

}

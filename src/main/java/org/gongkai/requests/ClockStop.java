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

import org.gongkai.calendar.StoppedSpan;

/**
 * A time the clock stood still: a correction awaited, a consultation letter out, a fee notice unpaid. The day it
 * stops was counted; counting resumes the day after {@code resumedOn}.
 */
@Entity
@Table(name = "request_clock_stop")
class ClockStop {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id")
	private DisclosureRequest request;

	@Enumerated(EnumType.STRING)
	private StopKind kind;

	private LocalDate stoppedOn;

	/** The other side's deadline: the correction date set, the consultation's 15 working days, the pay-by date. */
	private LocalDate answerDue;

	private LocalDate resumedOn;

	/** The third party or agency consulted; what to correct; the fee notice's reference. */
	private String party;

	@Enumerated(EnumType.STRING)
	private ConsultationOutcome outcome;

	private String note;

	protected ClockStop() {
	}

	ClockStop(DisclosureRequest request, StopKind kind, LocalDate stoppedOn, LocalDate answerDue, String party) {
		this.request = request;
		this.kind = kind;
		this.stoppedOn = stoppedOn;
		this.answerDue = answerDue;
		this.party = party;
	}

	void resume(LocalDate on, ConsultationOutcome outcome, String note) {
		this.resumedOn = on;
		this.outcome = outcome;
		this.note = note;
	}

	boolean open() {
		return resumedOn == null;
	}

	StoppedSpan span() {
		return new StoppedSpan(stoppedOn, resumedOn);
	}

	Long id() {
		return id;
	}

	StopKind kind() {
		return kind;
	}

	LocalDate stoppedOn() {
		return stoppedOn;
	}

	LocalDate answerDue() {
		return answerDue;
	}

	LocalDate resumedOn() {
		return resumedOn;
	}

	String party() {
		return party;
	}

	ConsultationOutcome outcome() {
		return outcome;
	}

	String note() {
		return note;
	}

}

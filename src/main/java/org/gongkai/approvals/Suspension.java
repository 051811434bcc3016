package org.gongkai.approvals;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.gongkai.calendar.StoppedSpan;

/** A time in which the case's limits stand still (an expert review, a hearing ...); open while {@code until} is null. */
@Embeddable
class Suspension {

	@Enumerated(EnumType.STRING)
	private SuspensionKind kind;

	@Column(name = "from_day")
	private LocalDate from;

	@Column(name = "until_day")
	private LocalDate until;

	private String note;

	protected Suspension() {
	}

	Suspension(SuspensionKind kind, LocalDate from, String note) {
		this.kind = kind;
		this.from = from;
		this.note = note;
	}

	boolean open() {
		return until == null;
	}

	void end(LocalDate day) {
		this.until = day;
	}

	LocalDate from() {
		return from;
	}

	LocalDate until() {
		return until;
	}

	StoppedSpan span() {
		return new StoppedSpan(from, until);
	}

	SuspensionView view() {
		return new SuspensionView(kind, from, until, note);
	}

}

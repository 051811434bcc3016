package org.gongkai.publicity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a record's history: who did what, when, why, and which fields a correction changed. */
@Entity
@Table(name = "publicity_change")
class PublicityChange {

	/** The steps of a record's history. */
	enum Action {

		REGISTERED, CORRECTED, PUBLISHED, WITHDRAWN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long recordId;

	@Enumerated(EnumType.STRING)
	private Action action;

	private String actor;

	private Instant at;

	private LocalDate onDay;

	private String reason;

	private String changes;

	protected PublicityChange() {
	}

	PublicityChange(long recordId, Action action, String actor, Instant at, LocalDate onDay, String reason,
			String changes) {
		this.recordId = recordId;
		this.action = action;
		this.actor = actor;
		this.at = at;
		this.onDay = onDay;
		this.reason = reason;
		this.changes = changes == null || changes.length() <= 4000 ? changes : changes.substring(0, 3999) + "…";
	}

	Action getAction() {
		return action;
	}

	String getActor() {
		return actor;
	}

	Instant getAt() {
		return at;
	}

	LocalDate getOnDay() {
		return onDay;
	}

	String getReason() {
		return reason;
	}

	String getChanges() {
		return changes;
	}

}

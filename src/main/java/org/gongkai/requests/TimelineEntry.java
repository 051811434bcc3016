package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.persistence.Table;

/**
 * One step of an application's history. {@code note} is what the applicant may read (no staff names, no third
 * parties' names); {@code actor} is for the handlers.
 */
@Entity
@Table(name = "request_timeline")
class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id")
	private DisclosureRequest request;

	@Enumerated(EnumType.STRING)
	private TimelineType type;

	/** The day the step counts from (a letter's date, a delivery's date), which may be before it was recorded. */
	@Column(name = "happened_on")
	private LocalDate day;

	private Instant recordedAt;

	private String actor;

	private String note;

	protected TimelineEntry() {
	}

	TimelineEntry(DisclosureRequest request, TimelineType type, LocalDate day, Instant recordedAt, String actor,
			String note) {
		this.request = request;
		this.type = type;
		this.day = day;
		this.recordedAt = recordedAt;
		this.actor = actor;
		this.note = note;
	}

	Long id() {
		return id;
	}

	TimelineType type() {
		return type;
	}

	LocalDate day() {
		return day;
	}

	Instant recordedAt() {
		return recordedAt;
	}

	String actor() {
		return actor;
	}

	String note() {
		return note;
	}

}

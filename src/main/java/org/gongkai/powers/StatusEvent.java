package org.gongkai.powers;

import java.time.Instant;
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

/** A status event of an item (承接, 取消, 下放, 保留, 调整), effective from its day. Never changed once recorded. */
@Entity
@Table(name = "power_status_event")
class StatusEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "item_id")
	private PowerItem item;

	@Enumerated(EnumType.STRING)
	private PowerStatus status;

	private LocalDate effectiveOn;

	private String reason;

	private String decidingDocument;

	private String recordedBy;

	private Instant recordedAt;

	protected StatusEvent() {
	}

	StatusEvent(PowerItem item, StatusChange change, String by, Instant at) {
		this.item = item;
		this.status = change.status();
		this.effectiveOn = change.effectiveOn();
		this.reason = change.reason().strip();
		this.decidingDocument = change.decidingDocument().strip();
		this.recordedBy = by;
		this.recordedAt = at;
	}

	PowerStatus getStatus() {
		return status;
	}

	LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	StatusEventView toView() {
		return new StatusEventView(status, effectiveOn, reason, decidingDocument);
	}

}

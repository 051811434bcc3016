package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A reminder already sent: one per application, kind and due date (a unique key), so that a reminder goes out
 * once however often the job runs and on however many nodes, and again if the due date moves. The job writes these
 * rows as JDBC batches ({@link ReminderLedger}); the entity is how the rest of the module reads them (a case's
 * reminders).
 */
@Entity
@Table(name = "request_reminder")
class ReminderSent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long requestId;

	private String kind;

	private LocalDate dueOn;

	private Instant sentAt;

	private int recipients;

	protected ReminderSent() {
	}

	ReminderSent(long requestId, String kind, LocalDate dueOn, Instant sentAt, int recipients) {
		this.requestId = requestId;
		this.kind = kind;
		this.dueOn = dueOn;
		this.sentAt = sentAt;
		this.recipients = recipients;
	}

}

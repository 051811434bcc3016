package org.gongkai.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An {@link OutgoingMail} in the outbox with its delivery state. */
@Entity
@Table(name = "outgoing_mail")
class StoredMail {

	static final int MAX_ERROR = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recipient;

	private String subject;

	private String body;

	private String purpose;

	private String reference;

	@Enumerated(EnumType.STRING)
	private MailStatus status;

	private int attempts;

	private Instant createdAt;

	private Instant nextAttemptAt;

	private Instant lastAttemptAt;

	private Instant sentAt;

	private String lastError;

	protected StoredMail() {
	}

	private StoredMail(OutgoingMail mail, MailStatus status, Instant now) {
		this.recipient = mail.to().strip();
		this.subject = mail.subject();
		this.body = mail.body();
		this.purpose = mail.purpose();
		this.reference = mail.reference();
		this.status = status;
		this.createdAt = now;
		this.nextAttemptAt = status == MailStatus.PENDING ? now : null;
	}

	/** A mail to send now. */
	static StoredMail pending(OutgoingMail mail, Instant now) {
		return new StoredMail(mail, MailStatus.PENDING, now);
	}

	/** A mail no server will take: kept only to be seen. */
	static StoredMail notConfigured(OutgoingMail mail, Instant now) {
		return new StoredMail(mail, MailStatus.NOT_CONFIGURED, now);
	}

	/**
	 * Takes the mail for one attempt if one is due. The next attempt moves {@code lease} ahead, so that a
	 * concurrent retry run skips it, and so that a crash during the attempt only delays it.
	 */
	boolean claim(Instant now, Duration lease) {
		boolean due = (status == MailStatus.PENDING || status == MailStatus.FAILED) && nextAttemptAt != null
				&& !nextAttemptAt.isAfter(now);
		if (due) {
			attempts++;
			lastAttemptAt = now;
			nextAttemptAt = now.plus(lease);
		}
		return due;
	}

	void sent(Instant now) {
		status = MailStatus.SENT;
		sentAt = now;
		nextAttemptAt = null;
		lastError = null;
	}

	/** The attempt failed; {@code retryAt} is {@code null} when no automatic attempt is left. */
	void failed(String error, Instant retryAt) {
		status = MailStatus.FAILED;
		lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
		nextAttemptAt = retryAt;
	}

	/** A person asks for another attempt of a failed mail, now. */
	boolean retryNow(Instant now) {
		if (status != MailStatus.FAILED) {
			return false;
		}
		status = MailStatus.PENDING;
		nextAttemptAt = now;
		return true;
	}

	MailView toView(boolean withBody) {
		return new MailView(id, MailAddresses.mask(recipient), subject, withBody ? body : null, purpose, reference,
				status, attempts, createdAt, lastAttemptAt, sentAt, nextAttemptAt,
				lastError == null ? null : MailAddresses.maskWithin(lastError));
	}

	Long getId() {
		return id;
	}

	String getRecipient() {
		return recipient;
	}

	String getSubject() {
		return subject;
	}

	String getBody() {
		return body;
	}

	String getPurpose() {
		return purpose;
	}

	String getReference() {
		return reference;
	}

	MailStatus getStatus() {
		return status;
	}

	int getAttempts() {
		return attempts;
	}

	String getLastError() {
		return lastError;
	}

}

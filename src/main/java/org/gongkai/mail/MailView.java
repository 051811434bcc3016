package org.gongkai.mail;

import java.time.Instant;

/**
 * An outgoing mail as the console shows it: the recipient masked, the body only for those who may read it
 * ({@code null} otherwise), error messages with any address in them masked too.
 */
public record MailView(long id, String maskedTo, String subject, String body, String purpose, String reference,
		MailStatus status, int attempts, Instant createdAt, Instant lastAttemptAt, Instant sentAt,
		Instant nextAttemptAt, String lastError) {

	public boolean retryable() {
		return status == MailStatus.FAILED;
	}

}

package org.gongkai.mail;

/** Where an outgoing e-mail stands. */
public enum MailStatus {

	/** Waiting to be sent (just committed, or a retry is due). */
	PENDING,
	/** Accepted by the SMTP server. */
	SENT,
	/** The last attempt failed; retried automatically with backoff until the attempts run out. */
	FAILED,
	/** No SMTP server is configured ({@code spring.mail.host}): kept so that staff see what would have gone out. */
	NOT_CONFIGURED;

	public String messageKey() {
		return "mail.status." + name();
	}

}

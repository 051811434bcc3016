package org.gongkai.mail;

import java.util.Objects;

/**
 * An e-mail to send, published by any module with {@code ApplicationEventPublisher} inside the transaction of
 * the change it reports. It is stored in that transaction, so a rolled-back change sends nothing, and sent
 * after commit; failures are retried and never reach the user who caused the mail.
 *
 * @param to the recipient's address (personal data: shown masked in the console)
 * @param subject the subject line, plain text
 * @param body the message, plain text (UTF-8, Chinese welcome)
 * @param purpose a stable key saying why it is sent, such as {@code request.received}
 * @param reference what it is about, such as a tracking number, or {@code null}
 */
public record OutgoingMail(String to, String subject, String body, String purpose, String reference) {

	public OutgoingMail {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(purpose, "purpose");
	}

}

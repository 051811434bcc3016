package org.gongkai.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends stored mails through {@link JavaMailSender}: right after the storing transaction commits, on another
 * thread so that the user who caused the mail never waits for SMTP, and again from {@link MailRetry}. Any
 * failure is recorded on the mail, never thrown. Logs carry the mail's id and purpose, never the address.
 */
@Component
class MailSending {

	private static final Logger log = LoggerFactory.getLogger(MailSending.class);

	private final MailOutbox outbox;

	private final ObjectProvider<JavaMailSender> senders;

	private final MailProperties properties;

	private final Clock clock;

	MailSending(MailOutbox outbox, ObjectProvider<JavaMailSender> senders, MailProperties properties, Clock clock) {
		this.outbox = outbox;
		this.senders = senders;
		this.properties = properties;
		this.clock = clock;
	}

	@Async
	@TransactionalEventListener
	public void afterCommit(MailQueued queued) {
		attempt(queued.id());
	}

	/** One attempt, if the mail is due and no one else is sending it. */
	void attempt(long id) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			return;
		}
		outbox.claim(id).ifPresent(letter -> {
			Exception failure = send(sender, letter);
			if (failure == null) {
				outbox.sent(id);
				return;
			}
			String error = MailAddresses.maskWithin(describe(failure));
			log.warn("Mail {} could not be sent: {}", id, error);
			outbox.failed(id, error, permanent(failure));
		});
	}

	/** The failure of the attempt, or {@code null} when the server accepted the mail. */
	private Exception send(JavaMailSender sender, MailOutbox.Letter letter) {
		try {
			sender.send(compose(sender, letter));
			return null;
		}
		catch (MessagingException | RuntimeException ex) {
			return ex;
		}
	}

	private MimeMessage compose(JavaMailSender sender, MailOutbox.Letter letter) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
		helper.setFrom(from());
		helper.setTo(new InternetAddress(letter.to(), true));
		helper.setSubject(letter.subject());
		helper.setText(letter.body(), false);
		helper.setSentDate(Date.from(clock.instant()));
		return message;
	}

	/** The configured sender; a display name (e.g. the department's name in Chinese) is encoded as UTF-8. */
	private InternetAddress from() throws MessagingException {
		InternetAddress parsed = new InternetAddress(properties.from(), true);
		if (parsed.getPersonal() == null) {
			return parsed;
		}
		try {
			return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
		}
		catch (UnsupportedEncodingException ex) {
			throw new MailPreparationException(ex);
		}
	}

	/** A malformed address or a recipient the server refuses fails again on every attempt. */
	private static boolean permanent(Exception ex) {
		if (ex instanceof MessagingException || ex instanceof MailParseException
				|| ex instanceof MailPreparationException) {
			return true;
		}
		return ex instanceof MailSendException send && send.getFailedMessages()
			.values()
			.stream()
			.anyMatch(cause -> cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
					&& refused.getInvalidAddresses().length > 0);
	}

	private static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder(ex.getClass().getSimpleName());
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage().strip());
				break;
			}
		}
		return text.toString();
	}

}

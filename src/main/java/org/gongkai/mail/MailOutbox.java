package org.gongkai.mail;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox (发件箱): stores each published {@link OutgoingMail} in the publisher's transaction and keeps the
 * delivery state. Each method is its own short transaction; no transaction stays open while talking to SMTP.
 */
@Component
class MailOutbox {

	static final int BATCH = 50;

	private final StoredMailRepository mails;

	private final ObjectProvider<JavaMailSender> senders;

	private final ApplicationEventPublisher events;

	private final MailProperties properties;

	private final Clock clock;

	MailOutbox(StoredMailRepository mails, ObjectProvider<JavaMailSender> senders, ApplicationEventPublisher events,
			MailProperties properties, Clock clock) {
		this.mails = mails;
		this.senders = senders;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** Synchronous, in the publisher's transaction: the mail commits or rolls back with the change. */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void store(OutgoingMail mail) {
		if (senders.getIfAvailable() == null) {
			mails.save(StoredMail.notConfigured(mail, clock.instant()));
			return;
		}
		StoredMail stored = mails.save(StoredMail.pending(mail, clock.instant()));
		events.publishEvent(new MailQueued(stored.getId()));
	}

	/** Takes a due mail for one attempt; empty when it is not due (sent, or taken by another run). */
	@Transactional
	public Optional<Letter> claim(long id) {
		return mails.findForUpdate(id).filter(mail -> mail.claim(clock.instant(), properties.backoff(mail.getAttempts() + 1)))
			.map(Letter::of);
	}

	@Transactional
	public void sent(long id) {
		mails.findById(id).ifPresent(mail -> mail.sent(clock.instant()));
	}

	/** Records a failed attempt; a permanent failure (a malformed address) is not retried automatically. */
	@Transactional
	public void failed(long id, String error, boolean permanent) {
		mails.findById(id).ifPresent(mail -> mail.failed(error,
				permanent ? null : properties.nextAttempt(mail.getAttempts(), clock.instant())));
	}

	@Transactional(readOnly = true)
	public List<Long> due() {
		return mails.findDue(clock.instant(), PageRequest.of(0, BATCH));
	}

	/** What one attempt needs, read before the transaction ends. */
	record Letter(long id, String to, String subject, String body) {

		static Letter of(StoredMail mail) {
			return new Letter(mail.getId(), mail.getRecipient(), mail.getSubject(), mail.getBody());
		}

	}

}

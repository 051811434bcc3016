package org.gongkai.mail;

import java.time.Clock;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The console's view of the outbox: the mails newest first, and a person's retry of a failed one. */
@Service
public class Mailbox {

	static final int PAGE_SIZE = 50;

	private final StoredMailRepository mails;

	private final ObjectProvider<JavaMailSender> senders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Mailbox(StoredMailRepository mails, ObjectProvider<JavaMailSender> senders, ApplicationEventPublisher events,
			Clock clock) {
		this.mails = mails;
		this.senders = senders;
		this.events = events;
		this.clock = clock;
	}

	/** The body may carry an applicant's details: only the system administrators and the disclosure office read it. */
	public static boolean mayReadBodies(Me me) {
		return me.admin() || me.office();
	}

	@PreAuthorize(MailConsole.READERS)
	@Transactional(readOnly = true)
	public Page<MailView> page(Me me, MailStatus status, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Page<StoredMail> found = status == null ? mails.findNewestFirst(request) : mails.findNewestFirst(status, request);
		boolean bodies = mayReadBodies(me);
		return found.map(mail -> mail.toView(bodies));
	}

	public boolean configured() {
		return senders.getIfAvailable() != null;
	}

	/** Queues another attempt of a failed mail, sent right after this transaction commits; audited. */
	@PreAuthorize(MailConsole.READERS)
	@Transactional
	public void retry(long id) {
		if (!configured()) {
			throw RuleViolation.conflict(null, "mail.retry.notConfigured");
		}
		StoredMail mail = mails.findById(id).orElseThrow(() -> RuleViolation.notFound("mail.notFound"));
		if (!mail.retryNow(clock.instant())) {
			throw RuleViolation.conflict(null, "mail.retry.notFailed");
		}
		events.publishEvent(AuditEvent.of("mail.retried", "OutgoingMail", id, "retry of " + mail.getPurpose()
				+ (mail.getReference() == null ? "" : " " + mail.getReference()) + " to "
				+ MailAddresses.mask(mail.getRecipient())));
		events.publishEvent(new MailQueued(id));
	}

}

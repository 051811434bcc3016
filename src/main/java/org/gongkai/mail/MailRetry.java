package org.gongkai.mail;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, sends the mails whose next attempt is due: failed ones after their backoff, and pending ones
 * whose after-commit hand-off was lost (a restart between commit and send).
 */
@Component
class MailRetry {

	private final MailOutbox outbox;

	private final MailSending sending;

	MailRetry(MailOutbox outbox, MailSending sending) {
		this.outbox = outbox;
		this.sending = sending;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void sendDue() {
		outbox.due().forEach(sending::attempt);
	}

}

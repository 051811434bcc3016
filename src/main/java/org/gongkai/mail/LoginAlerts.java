package org.gongkai.mail;

import java.util.Locale;
import java.util.Set;

import org.gongkai.identity.LoginAttackSuspected;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the system administrators (those with an e-mail address) that sign-ins are being guessed, in the
 * transaction that audits it; identity already limits this to one alarm per account or address and period.
 */
@Component
class LoginAlerts {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final StaffDirectory directory;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	LoginAlerts(StaffDirectory directory, MessageSource messages, ApplicationEventPublisher events) {
		this.directory = directory;
		this.messages = messages;
		this.events = events;
	}

	@EventListener
	public void on(LoginAttackSuspected attack) {
		String account = attack.username() == null ? "-" : attack.username();
		String subject = messages.getMessage("mail.loginAttack.subject", new Object[] { account, attack.address() },
				CHINESE);
		String body = messages.getMessage("mail.loginAttack.body",
				new Object[] { messages.getMessage("mail.loginAttack." + attack.kind(), null, CHINESE), account,
						attack.address(), attack.failures() },
				CHINESE);
		directory.withRole(Role.SYSTEM_ADMIN, Set.of())
			.forEach(admin -> events.publishEvent(new OutgoingMail(admin.email(), subject, body, "login.attack", account)));
	}

}

package org.gongkai.mail;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.identity.PasswordResetByOther;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the owner of an account whose password someone else reset, and, when that suspended roles that open
 * personal data, the heads of the disclosure office, who decide whether to grant them again. In the reset's
 * transaction, like {@link LoginAlerts}: a reset that rolls back mails nothing.
 */
@Component
class PasswordResetNotices {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final String PURPOSE = "staff.password.reset";

	private final StaffDirectory directory;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	PasswordResetNotices(StaffDirectory directory, MessageSource messages, ApplicationEventPublisher events) {
		this.directory = directory;
		this.messages = messages;
		this.events = events;
	}

	@EventListener
	public void on(PasswordResetByOther reset) {
		String roles = roleNames(reset.suspended());
		if (reset.email() != null) {
			String suspended = reset.suspended().isEmpty() ? ""
					: text("mail.passwordReset.suspended", roles);
			events.publishEvent(new OutgoingMail(reset.email(), text("mail.passwordReset.subject", reset.username()),
					text("mail.passwordReset.body", reset.username(), reset.resetBy(), suspended), PURPOSE,
					reset.username()));
		}
		if (reset.suspended().isEmpty()) {
			return;
		}
		String subject = text("mail.passwordReset.officeHead.subject", reset.username());
		String body = text("mail.passwordReset.officeHead.body", reset.username(), reset.displayName(),
				reset.resetBy(), roles);
		directory.withRole(Role.DISCLOSURE_OFFICE_HEAD, Set.of())
			.stream()
			.filter(head -> head.email() != null && !head.username().equals(reset.username()))
			.forEach(head -> events.publishEvent(new OutgoingMail(head.email(), subject, body, PURPOSE, reset.username())));
	}

	private String roleNames(Set<Role> roles) {
		return roles.stream()
			.sorted()
			.map(role -> messages.getMessage(role.messageKey(), null, CHINESE))
			.collect(Collectors.joining(messages.getMessage("list.separator", null, CHINESE)));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

}

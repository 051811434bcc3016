package org.gongkai.identity;

import java.time.Clock;

import org.gongkai.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins (form and HTTP Basic alike) and locks an account after the configured number of
 * failures for the configured time; a successful login resets the count. Logins and lockouts are audited.
 */
@Component
class LoginAttempts {

	private final StaffAccountRepository accounts;

	private final SecurityProperties.Lockout lockout;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LoginAttempts(StaffAccountRepository accounts, SecurityProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.lockout = properties.lockout();
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		accounts.findByUsername(username).ifPresent(account -> {
			boolean locked = account.recordFailedLogin(lockout.maxAttempts(), lockout.duration(), clock.instant());
			events.publishEvent(AuditEvent.of("login.failed", "StaffAccount", account.getId(), "wrong password")
				.by(account.getUsername()));
			if (locked) {
				events.publishEvent(AuditEvent
					.of("staff.locked", "StaffAccount", account.getId(),
							"locked for " + lockout.duration() + " after " + lockout.maxAttempts() + " failed logins")
					.by(account.getUsername()));
			}
		});
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal
				&& principal.failedAttempts() > 0) {
			accounts.findById(principal.id()).ifPresent(StaffAccount::recordSuccessfulLogin);
		}
	}

	@EventListener
	@Transactional
	public void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
			events.publishEvent(AuditEvent.of("login.succeeded", "StaffAccount", principal.id(), "signed in to the console"));
		}
	}

}

package org.gongkai.identity;

import java.util.Optional;

import org.gongkai.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits sign-ins: a failed one on an existing account, and the alarms of {@link LoginThrottle}, which also go to
 * the system administrators ({@link LoginAttackSuspected}). A successful login clears a lock an account may still
 * carry from before the throttle.
 */
@Component
class LoginAttempts {

	private final StaffAccountRepository accounts;

	private final ApplicationEventPublisher events;

	LoginAttempts(StaffAccountRepository accounts, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.events = events;
	}

	@Transactional
	public void failed(String username, String address, Optional<LoginThrottle.Alarm> alarm) {
		accounts.findByUsername(username)
			.ifPresent(account -> events.publishEvent(AuditEvent
				.of("login.failed", "StaffAccount", account.getId(), "failed sign-in from " + address)
				.by(account.getUsername())));
		alarm.ifPresent(this::raise);
	}

	/** Audited and mailed: one address guessing, or one account guessed from many addresses. */
	@Transactional
	public void raise(LoginThrottle.Alarm alarm) {
		events.publishEvent(AuditEvent
			.of("login.attack", "Login", alarm.username() == null ? alarm.address() : alarm.username(),
					alarm.kind() + ": " + alarm.failures() + " failed sign-ins, last from " + alarm.address())
			.by("system"));
		events.publishEvent(
				new LoginAttackSuspected(alarm.kind().name(), alarm.username(), alarm.address(), alarm.failures()));
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

package org.gongkai.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.gongkai.audit.AuditEvent;
import org.gongkai.common.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts: {@code gk_} + 256 random bits, shown once at creation, stored as SHA-256
 * (a random token needs no slow hash), valid for 1 to 365 days, revocable by their owner.
 */
@Service
@Transactional
public class ApiTokens {

	static final String PREFIX = "gk_";

	static final int MAX_DAYS = 365;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final StaffAccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LoginThrottle throttle;

	private final LoginAttempts attempts;

	ApiTokens(ApiTokenRepository tokens, StaffAccountRepository accounts, ApplicationEventPublisher events, Clock clock,
			LoginThrottle throttle, LoginAttempts attempts) {
		this.throttle = throttle;
		this.attempts = attempts;
		this.tokens = tokens;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** A new token; the returned secret is never shown again. */
	public record IssuedToken(ApiTokenView token, String secret) {
	}

	public IssuedToken issue(Me me, String name, int validDays) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw RuleViolation.invalid("name", "token.name.invalid");
		}
		if (validDays < 1 || validDays > MAX_DAYS) {
			throw RuleViolation.invalid("validDays", "token.days.invalid", MAX_DAYS);
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = clock.instant();
		StaffAccount owner = accounts.getReferenceById(me.id());
		ApiToken token = tokens.save(new ApiToken(owner, name.strip(), sha256(secret), secret.substring(0, 8), now,
				now.plus(Duration.ofDays(validDays))));
		events.publishEvent(AuditEvent.of("token.created", "ApiToken", token.getId(),
				"token \"" + token.getName() + "\" valid for " + validDays + " days"));
		return new IssuedToken(token.toView(now), secret);
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> of(Me me) {
		Instant now = clock.instant();
		return tokens.findByStaffIdOrderByCreatedAtDesc(me.id()).stream().map(t -> t.toView(now)).toList();
	}

	public void revoke(Me me, long id) {
		ApiToken token = tokens.findById(id)
			.filter(t -> t.getStaff().getId() == me.id())
			.orElseThrow(() -> RuleViolation.notFound("token.notFound", id));
		token.revoke(clock.instant());
		events.publishEvent(AuditEvent.of("token.revoked", "ApiToken", id, "token \"" + token.getName() + "\" revoked"));
	}

	/**
	 * The staff member a presented token belongs to, if the token is known, unexpired and not revoked. A wrong token
	 * counts as a failed sign-in of {@code address}; an address throttled by {@link LoginThrottle} gets nothing, right
	 * token or not.
	 */
	public Optional<StaffPrincipal> authenticate(String secret, String address) {
		if (throttle.refusal(null, address).isPresent()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<StaffPrincipal> principal = Optional.ofNullable(secret)
			.filter(presented -> presented.startsWith(PREFIX))
			.flatMap(presented -> tokens.findByTokenHash(sha256(presented)))
			.filter(token -> token.usableAt(now))
			.map(token -> {
				token.usedAt(now);
				return token.getStaff().toPrincipal(now);
			})
			.filter(StaffPrincipal::isEnabled);
		if (principal.isEmpty()) {
			attempts.failed(null, address, throttle.failed(null, address));
		}
		return principal;
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}

package org.gongkai.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Mail settings ({@code gongkai.mail.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender, an address or {@code Name <address>}
 * @param maxAttempts automatic attempts before a failed mail waits for a person to retry it
 * @param retryAfter the wait after the first failed attempt; it doubles after each further one
 */
@Validated
@ConfigurationProperties("gongkai.mail")
public record MailProperties(@DefaultValue("noreply@localhost") @NotBlank String from,
		@DefaultValue("5") @Min(1) int maxAttempts, @DefaultValue("5m") @NotNull Duration retryAfter) {

	/** A sender address that cannot be parsed would fail every mail: refuse it at startup instead. */
	public MailProperties {
		try {
			new InternetAddress(from, true);
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("gongkai.mail.from is not an e-mail address: " + from, ex);
		}
	}

	/** The wait after a failed attempt number {@code attempts} (1, 2, ...): 5m, 10m, 20m ... */
	Duration backoff(int attempts) {
		return retryAfter.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
	}

	/** When to try again after failed attempt number {@code attempts}, or {@code null} when they are used up. */
	Instant nextAttempt(int attempts, Instant now) {
		return attempts >= maxAttempts ? null : now.plus(backoff(attempts));
	}

}

package org.gongkai.identity;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Login and password rules (gongkai.security.*).
 *
 * @param lockout failed logins before an account locks, and for how long
 * @param passwordMinLength the shortest password accepted
 */
@Validated
@ConfigurationProperties("gongkai.security")
record SecurityProperties(Lockout lockout, @DefaultValue("10") @Min(8) int passwordMinLength) {

	SecurityProperties {
		lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15)) : lockout;
	}

	record Lockout(@DefaultValue("5") @Min(1) int maxAttempts, @DefaultValue("15m") Duration duration) {
	}

}

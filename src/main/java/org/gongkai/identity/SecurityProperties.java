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
		lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15), 30, Duration.ofMinutes(5), Duration.ofHours(1))
				: lockout;
	}

	/**
	 * How failed sign-ins are throttled ({@link LoginThrottle}).
	 *
	 * @param maxAttempts failures of one account from one address before that address is locked out of it; also
	 * the failures of an account from anywhere after which each try is delayed
	 * @param duration how long such a lock lasts, and how long failures are remembered
	 * @param perAddress failures from one address (any accounts) within {@code duration} before it may not try at all
	 * @param maxDelay the longest delay between tries on an account under attack from many addresses
	 * @param alarmEvery at most one alarm to the administrators per account or address in this period
	 */
	record Lockout(@DefaultValue("5") @Min(1) int maxAttempts, @DefaultValue("15m") Duration duration,
			@DefaultValue("30") @Min(1) int perAddress, @DefaultValue("5m") Duration maxDelay,
			@DefaultValue("1h") Duration alarmEvery) {
	}

}

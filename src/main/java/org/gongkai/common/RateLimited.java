package org.gongkai.common;

import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;

/**
 * Too many requests from one client address within a limit's period (429): the API answers problem details with
 * a {@code Retry-After} header, pages the "try again later" page. Nothing was done.
 */
public class RateLimited extends RuleViolation {

	public static final String MESSAGE_KEY = "rateLimit.exceeded";

	private final String limit;

	private final long retryAfterSeconds;

	public RateLimited(String limit, long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, MESSAGE_KEY, null, minutes(retryAfterSeconds));
		this.limit = limit;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** The limit's name, such as {@code apply}. */
	public String limit() {
		return limit;
	}

	/** Seconds until the client may try again (at least 1): the {@code Retry-After} header. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	/** The wait in whole minutes, rounded up, as pages say it. */
	public long retryAfterMinutes() {
		return minutes(retryAfterSeconds);
	}

	/** Not a form error: the whole request is refused, so the 429 page is shown instead of the form. */
	@Override
	public void applyTo(Errors errors) {
		throw this;
	}

	private static long minutes(long seconds) {
		return Math.max(1, (seconds + 59) / 60);
	}

}

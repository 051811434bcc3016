package org.gongkai.requests.site;

/** The names of the public forms' rate limits ({@code gongkai.rate-limits.<name>.*}). */
final class RateLimits {

	/** Applications, by the form and the API. */
	static final String APPLY = "apply";

	/** Tracking look-ups and withdrawals: a wrong query code costs one, so codes cannot be guessed. */
	static final String TRACK = "track";

	private RateLimits() {
	}

}

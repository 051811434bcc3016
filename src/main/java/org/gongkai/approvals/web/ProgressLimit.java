package org.gongkai.approvals.web;

/** The rate limit of the progress lookup, page and API together ({@code gongkai.rate-limits.approval-lookup.*}). */
final class ProgressLimit {

	/** A wrong query code costs one lookup, so codes cannot be guessed. */
	static final String NAME = "approval-lookup";

	private ProgressLimit() {
	}

}

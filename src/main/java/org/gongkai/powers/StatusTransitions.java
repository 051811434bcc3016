package org.gongkai.powers;

import java.util.Optional;

import org.gongkai.common.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * Which status change may follow an item's latest one. An item enters the list by being taken over (承接) or kept
 * (保留). A cancelled item (取消) is out of the list: nothing may follow but a new 承接 (a later law gives the
 * power back to the department). A delegated item (下放) is exercised by the city bureaus: it may only be taken
 * back (承接) or cancelled. An item in force may be kept, adjusted (调整), delegated or cancelled, but not taken over
 * again. Events are strictly later than the latest one, so that the history reads in order and the status on a
 * day is never ambiguous.
 */
final class StatusTransitions {

	private StatusTransitions() {
	}

	/** Throws a {@link RuleViolation} naming the field when {@code change} may not follow {@code latest}. */
	static void check(Optional<StatusEventView> latest, StatusChange change) {
		complete(change);
		if (latest.isEmpty()) {
			if (change.status() != PowerStatus.TAKEN_OVER && change.status() != PowerStatus.RETAINED) {
				throw refused("powers.status.first", change.status());
			}
			return;
		}
		StatusEventView last = latest.get();
		if (!change.effectiveOn().isAfter(last.effectiveOn())) {
			throw new RuleViolation(HttpStatus.CONFLICT, "powers.status.notAfter", "effectiveOn",
					last.effectiveOn());
		}
		if (!allowed(last.status(), change.status())) {
			throw refused("powers.status.transition." + last.status().name(), change.status());
		}
	}

	static boolean allowed(PowerStatus from, PowerStatus to) {
		return switch (from) {
			case CANCELLED -> to == PowerStatus.TAKEN_OVER;
			case DELEGATED -> to == PowerStatus.TAKEN_OVER || to == PowerStatus.CANCELLED;
			case TAKEN_OVER, RETAINED, ADJUSTED -> to != PowerStatus.TAKEN_OVER;
		};
	}

	private static void complete(StatusChange change) {
		if (change.status() == null) {
			throw PowerRules.unprocessable("status", "powers.status.required");
		}
		if (change.effectiveOn() == null) {
			throw PowerRules.unprocessable("effectiveOn", "powers.status.effectiveOn.required");
		}
		if (change.reason() == null || change.reason().isBlank()) {
			throw PowerRules.unprocessable("reason", "powers.status.reason.required");
		}
		if (change.decidingDocument() == null || change.decidingDocument().isBlank()) {
			throw PowerRules.unprocessable("decidingDocument", "powers.status.decidingDocument.required");
		}
		if (change.reason().strip().length() > 1000 || change.decidingDocument().strip().length() > 300) {
			throw PowerRules.unprocessable(change.reason().strip().length() > 1000 ? "reason" : "decidingDocument",
					"powers.field.tooLong");
		}
	}

	private static RuleViolation refused(String key, PowerStatus to) {
		return new RuleViolation(HttpStatus.CONFLICT, key, "status", to);
	}

}

package org.gongkai.approvals;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;

import org.gongkai.common.RuleViolation;

/**
 * The named rules of a case's steps: each step comes from the one before it (none skipped), each is dated on a day
 * that has happened (not after today) and not before the step before it, and a promised limit never exceeds the
 * statutory one. A refusal names the field it concerns; nothing is changed.
 */
final class CaseRules {

	private CaseRules() {
	}

	/** A field's value breaks a rule: 422 naming the field. */
	static RuleViolation invalid(String field, String key, Object... arguments) {
		return new RuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, key, field, arguments);
	}

	/** The step asked for does not follow from where the case stands (409). */
	static void requireState(CaseState current, String step, CaseState... allowed) {
		for (CaseState s : allowed) {
			if (s == current) {
				return;
			}
		}
		throw RuleViolation.conflict(null, "approvals.step.order." + step);
	}

	/** A step's date: given, not after today, not before the step before it. */
	static void requireDay(String field, LocalDate day, LocalDate previous, LocalDate today) {
		if (day == null) {
			throw invalid(field, "approvals.day.required");
		}
		if (day.isAfter(today)) {
			throw invalid(field, "approvals.day.future", today.toString());
		}
		if (previous != null && day.isBefore(previous)) {
			throw invalid(field, "approvals.day.beforePrevious", previous.toString());
		}
	}

	static String requireText(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw invalid(field, "approvals.field.required");
		}
		if (value.strip().length() > max) {
			throw invalid(field, "approvals.field.tooLong", max);
		}
		return value.strip();
	}

	static String optionalText(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return requireText(field, value, max);
	}

	/** 承诺时限不得超过法定时限: both given, 0-365 working days, promised ≤ statutory. */
	static void requireLimits(Integer statutoryDays, Integer promisedDays) {
		if (statutoryDays == null) {
			throw invalid("statutoryDays", "approvals.limits.required");
		}
		if (promisedDays == null) {
			throw invalid("promisedDays", "approvals.limits.required");
		}
		if (statutoryDays < 0 || statutoryDays > 365) {
			throw invalid("statutoryDays", "approvals.limits.range");
		}
		if (promisedDays < 0 || promisedDays > 365) {
			throw invalid("promisedDays", "approvals.limits.range");
		}
		if (promisedDays > statutoryDays) {
			throw invalid("promisedDays", "approvals.limits.promisedOverStatutory", promisedDays, statutoryDays);
		}
	}

	static RuleViolation alreadySuspended() {
		return RuleViolation.conflict(null, "approvals.suspension.alreadyOpen");
	}

	static RuleViolation notSuspended() {
		return RuleViolation.conflict(null, "approvals.suspension.none");
	}

	/** A decision waits for the open suspension to end: its days would otherwise go uncounted for ever. */
	static RuleViolation stillSuspended() {
		return RuleViolation.conflict(null, "approvals.suspension.stillOpen");
	}

}

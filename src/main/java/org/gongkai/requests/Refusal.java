package org.gongkai.requests;

import org.gongkai.common.RuleViolation;

/** Why a step is not allowed now: the message key of the rule and its arguments (the article, the dates). */
record Refusal(String messageKey, Object... arguments) {

	RuleViolation violation() {
		return RuleViolation.conflict(null, messageKey, arguments);
	}

}

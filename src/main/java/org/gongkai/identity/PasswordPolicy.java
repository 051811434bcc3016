package org.gongkai.identity;

import org.gongkai.common.RuleViolation;
import org.springframework.stereotype.Component;

/** What a staff password must be: at least the configured length (10 by default) and not the username. */
@Component
class PasswordPolicy {

	private final int minLength;

	PasswordPolicy(SecurityProperties properties) {
		this.minLength = properties.passwordMinLength();
	}

	void check(String field, String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < minLength) {
			throw RuleViolation.invalid(field, "password.tooShort", minLength);
		}
		if (password.equalsIgnoreCase(username)) {
			throw RuleViolation.invalid(field, "password.equalsUsername");
		}
	}

	int minLength() {
		return minLength;
	}

}

package org.gongkai.common;

import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;

/**
 * A request that breaks a business rule (a duplicate name, a forbidden transition, a unit that owns
 * records). Carries a message key, the form field it concerns (if any) and the HTTP status the API answers
 * with; pages show it next to the field, the API as RFC 9457 problem details. Nothing was changed.
 */
public class RuleViolation extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final String field;

	private final transient Object[] arguments;

	public RuleViolation(HttpStatus status, String messageKey, String field, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.field = field;
		this.arguments = arguments;
	}

	public static RuleViolation invalid(String field, String messageKey, Object... arguments) {
		return new RuleViolation(HttpStatus.BAD_REQUEST, messageKey, field, arguments);
	}

	public static RuleViolation conflict(String field, String messageKey, Object... arguments) {
		return new RuleViolation(HttpStatus.CONFLICT, messageKey, field, arguments);
	}

	public static RuleViolation notFound(String messageKey, Object... arguments) {
		return new RuleViolation(HttpStatus.NOT_FOUND, messageKey, null, arguments);
	}

	public static RuleViolation forbidden(String messageKey, Object... arguments) {
		return new RuleViolation(HttpStatus.FORBIDDEN, messageKey, null, arguments);
	}

	/**
	 * Shows this violation on a form: next to its field, or above the form when it concerns no field. A
	 * refusal (403) or a missing object (404) is no form error and is thrown on to the error page.
	 */
	public void applyTo(Errors errors) {
		if (status == HttpStatus.FORBIDDEN || status == HttpStatus.NOT_FOUND) {
			throw this;
		}
		if (field != null) {
			errors.rejectValue(field, messageKey, arguments, messageKey);
		}
		else {
			errors.reject(messageKey, arguments, messageKey);
		}
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public String field() {
		return field;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}

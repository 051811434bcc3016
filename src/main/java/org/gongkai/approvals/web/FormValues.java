package org.gongkai.approvals.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;

import org.gongkai.common.RuleViolation;

/** Form text read as dates and numbers: blank is absent, anything else unreadable is refused naming the field. */
final class FormValues {

	private FormValues() {
	}

	static LocalDate day(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "approvals.day.invalid", field);
		}
	}

	static Integer number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "approvals.number.invalid", field);
		}
	}

	static Boolean yesNo(String text) {
		return text == null || text.isBlank() ? null : Boolean.valueOf("true".equalsIgnoreCase(text.strip()));
	}

}

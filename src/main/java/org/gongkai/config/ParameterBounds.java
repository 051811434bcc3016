package org.gongkai.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.common.RuleViolation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * One rule for the query and form parameters of every page and API, checked before any controller binds them: a
 * page number is 0-10,000 and a page size 1-500 (beyond, the row offset overflows and no list is that long); a
 * {@code year} and every ISO date ({@code 2026-12-07}) lie in the years 1900-2200 (a date like
 * {@code +999999999-12-31} parses, then overflows the working-day arithmetic); no text contains NUL or a lone
 * surrogate, and no uploaded file name either. A refusal is a 400 naming the parameter: problem details on the API, the 400 page elsewhere.
 */
class ParameterBounds implements HandlerInterceptor {

	static final int MAX_PAGE = 10_000;

	static final int MAX_SIZE = 500;

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2200;

	/** A value that is an ISO date and nothing else; its year may be signed and long ({@code +999999999}). */
	private static final Pattern ISO_DATE = Pattern
		.compile("([+-]?\\d{4,})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		try {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				for (String value : parameter.getValue()) {
					check(parameter.getKey(), value);
				}
			}
			if (request instanceof MultipartRequest multipart) {
				multipart.getMultiFileMap().forEach((name, files) -> files.forEach(file -> {
					if (!CleanText.isClean(file.getOriginalFilename())) {
						throw RuleViolation.invalid(name, "problem.text.invalid");
					}
				}));
			}
		}
		catch (MultipartException unreadable) {
			// an upload over its limit: the handler asks for it and answers with its own 413
		}
		return true;
	}

	static void check(String name, String value) {
		if (!CleanText.isClean(name) || !CleanText.isClean(value)) {
			throw RuleViolation.invalid(CleanText.isClean(name) ? name : "?", "problem.text.invalid");
		}
		if (value == null) {
			return; // a flag without a value (?error)
		}
		switch (name) {
			case "page" -> within(name, value, 0, MAX_PAGE);
			case "size" -> within(name, value, 1, MAX_SIZE);
			case "year" -> within(name, value, FIRST_YEAR, LAST_YEAR);
			default -> {
				Matcher date = ISO_DATE.matcher(value.strip());
				if (date.matches()) {
					within(name, date.group(1), FIRST_YEAR, LAST_YEAR, value);
				}
			}
		}
	}

	/** A number out of range is refused; a value that is no number is left to the binding (its own 400). */
	private static void within(String name, String value, long min, long max) {
		within(name, value, min, max, value);
	}

	private static void within(String name, String number, long min, long max, String shown) {
		String digits = number.strip();
		if (digits.isEmpty() || !digits.matches("[+-]?\\d+")) {
			return;
		}
		boolean inRange = digits.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "").length() <= 9
				&& Long.parseLong(digits) >= min && Long.parseLong(digits) <= max;
		if (!inRange) {
			throw RuleViolation.invalid(name, "problem.parameter.outOfRange", name, shown);
		}
	}

}

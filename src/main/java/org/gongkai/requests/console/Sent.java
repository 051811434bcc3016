package org.gongkai.requests.console;

import java.util.Map;

/**
 * The form of the case page that was just sent and refused (model attribute {@code sent}): which one, the
 * refusal by field, and the refusal that concerns no single field. The page shows each next to what it concerns
 * and keeps what was typed in that form.
 *
 * @param form the form's key, such as {@code correction} or {@code decision-12}
 */
record Sent(String form, Map<String, String> errors, String message) {

	static final Sent NONE = new Sent("", Map.of(), null);

	Sent {
		errors = Map.copyOf(errors);
	}

	public boolean is(String key) {
		return form.equals(key);
	}

	/** The refusal of {@code field} if {@code key} is the form sent, else {@code null}. */
	public String error(String key, String field) {
		return is(key) ? errors.get(field) : null;
	}

	/** The refusal of the form as a whole if {@code key} is the form sent, else {@code null}. */
	public String general(String key) {
		return is(key) ? message : null;
	}

}

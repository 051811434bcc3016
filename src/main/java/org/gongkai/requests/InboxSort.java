package org.gongkai.requests;

import java.util.Locale;

/** The inbox's orders, all done by the database on the stored clock. */
public enum InboxSort {

	/** Running clocks by due date (the overdue first), then the stopped ones by the working days they keep. */
	DUE,
	/** Newest receipt first. */
	RECEIVED,
	/** By state in the order of the procedure, then by due date. */
	STATUS;

	/** The order named in a URL ({@code ?sort=received}); {@code null} for anything else (the view's default). */
	public static InboxSort of(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "requests.console.inbox.sort." + param();
	}

}

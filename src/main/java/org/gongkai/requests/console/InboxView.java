package org.gongkai.requests.console;

import java.util.Locale;

/** The inbox's tabs: open by due date (the default), overdue only, due soon, or concluded. */
enum InboxView {

	OPEN, OVERDUE, DUE, CLOSED;

	/** The tab named in a URL ({@code ?view=overdue}); anything else is the default. */
	static InboxView of(String value) {
		if (value == null) {
			return OPEN;
		}
		try {
			return valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return OPEN;
		}
	}

	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "requests.console.inbox.view." + param();
	}

}

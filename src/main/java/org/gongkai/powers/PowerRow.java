package org.gongkai.powers;

import java.time.LocalDate;

/**
 * A line of the list as of a day: the item and the status its latest event effective by then gave it, since when.
 */
public record PowerRow(String code, String name, PowerType type, PowerStatus status, LocalDate statusSince,
		long handlingUnitId, String implementingBody, boolean reviewForward) {

	public String messageKey() {
		return status.messageKey();
	}

}

package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * A day passed over while counting working days.
 *
 * @param reason {@code weekend}, or the holiday's name such as 国庆节
 */
public record SkippedDay(LocalDate date, String reason) {

	public static final String WEEKEND = "weekend";

}

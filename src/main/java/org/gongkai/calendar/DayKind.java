package org.gongkai.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a calendar row declares: a statutory holiday (法定节假日) or a make-up working day (调休上班). */
public enum DayKind {

	HOLIDAY, WORKDAY;

	/** The value stored in {@code calendar_day.kind} and used in CSV files and the API. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "calendar.kind." + code();
	}

	static Optional<DayKind> ofCode(String code) {
		return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
	}

}

package org.gongkai.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The console's form for one calendar row (model attribute {@code dayForm}). */
public record DayForm(@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate date, @NotNull DayKind kind,
		@NotBlank @Size(max = RowCheck.NAME_MAX) String name) {

	static DayForm empty() {
		return new DayForm(null, DayKind.HOLIDAY, "");
	}

	CalendarEntry toEntry() {
		return new CalendarEntry(date, kind, name.strip());
	}

}

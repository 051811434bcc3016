package org.gongkai.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored calendar row. Views and the counting see {@link CalendarEntry}s, never this entity. */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

	/** Quoted: DAY is a keyword in H2. */
	@Id
	@Column(name = "`day`")
	private LocalDate day;

	private String kind;

	private String name;

	protected CalendarDay() {
	}

	CalendarDay(CalendarEntry entry) {
		this.day = entry.date();
		change(entry);
	}

	void change(CalendarEntry entry) {
		this.kind = entry.kind().code();
		this.name = entry.name();
	}

	LocalDate day() {
		return day;
	}

	CalendarEntry toEntry() {
		return new CalendarEntry(day, DayKind.ofCode(kind).orElseThrow(), name);
	}

}

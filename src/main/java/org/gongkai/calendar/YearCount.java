package org.gongkai.calendar;

/** How many rows a loaded year has: holidays and make-up working days. */
public record YearCount(int year, long holidays, long workdays) {

	public long total() {
		return holidays + workdays;
	}

}

package org.gongkai.calendar;

/**
 * A row as a file or a script sends it, unparsed, so that every bad value can be reported with its position.
 *
 * @param position the CSV line number or the API array index
 */
record DayRow(int position, String date, String kind, String name) {
}

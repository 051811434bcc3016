package org.gongkai.calendar;

/** What an import did: rows written in all, of which {@code replaced} overwrote a row already loaded. */
public record ImportResult(int imported, int replaced) {
}

package org.gongkai.powers;

import java.time.LocalDate;

/** One event of an item's public history. */
public record StatusEventView(PowerStatus status, LocalDate effectiveOn, String reason, String decidingDocument) {
}

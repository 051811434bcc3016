package org.gongkai.powers;

import java.time.LocalDate;

/** A status change staff record: the new status, the day it takes effect, why, and the document that decided it. */
public record StatusChange(PowerStatus status, LocalDate effectiveOn, String reason, String decidingDocument) {
}

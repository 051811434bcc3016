package org.gongkai.approvals;

import java.time.LocalDate;

/** A suspension as pages show it; {@code until} null while it lasts. */
public record SuspensionView(SuspensionKind kind, LocalDate from, LocalDate until, String note) {
}

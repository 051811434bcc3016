/**
 * 双公示: publicity of licensing (行政许可) and penalty (行政处罚) decisions, online within 7 working days of the
 * decision, natural persons' names and ID numbers masked on every public surface; the records awaiting publication,
 * their deadlines, the four-eyes publication, corrections and withdrawals with their history, and the counts per
 * year for the annual report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publicity",
		allowedDependencies = { "common", "audit", "identity", "calendar", "powers", "approvals" })
package org.gongkai.publicity;

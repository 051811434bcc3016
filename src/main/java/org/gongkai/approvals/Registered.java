package org.gongkai.approvals;

/** A registered case: its number and the query code, shown this once and stored only as a hash. */
public record Registered(String caseNumber, String queryCode) {
}

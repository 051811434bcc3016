package org.gongkai.approvals;

import io.swagger.v3.oas.annotations.media.Schema;

/** A registered case: its number and the query code, shown this once and stored only as a hash. */
@Schema(name = "ApprovalRegistered")
public record Registered(String caseNumber, String queryCode) {
}

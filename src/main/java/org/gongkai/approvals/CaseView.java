package org.gongkai.approvals;

import io.swagger.v3.oas.annotations.media.Schema;

/** A case for staff: its facts and its time limits counted today. */
@Schema(name = "ApprovalCaseView")
public record CaseView(CaseFacts facts, Deadlines deadlines) {
}

package org.gongkai.approvals;

/** A case for staff: its facts and its time limits counted today. */
public record CaseView(CaseFacts facts, Deadlines deadlines) {
}

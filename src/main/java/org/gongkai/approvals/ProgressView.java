package org.gongkai.approvals;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.common.PartyMasking;

/**
 * A case as its applicant looks it up with the case number and query code (办件进度查询): the item, where it
 * stands, each dated step, the suspensions, the time limits and the decision; the applicant masked, no ID number.
 */
public record ProgressView(String caseNumber, String powerCode, String itemName, ApprovalCategory category,
		String applicant, CaseState state, List<CaseFacts.StepView> steps, List<SuspensionView> suspensions,
		int statutoryDays, int promisedDays, Deadlines deadlines, String notAcceptedReason, Boolean approved,
		String decisionNumber, LocalDate validFrom, LocalDate validUntil) {

	static ProgressView of(CaseFacts f, Deadlines deadlines) {
		return new ProgressView(f.caseNumber(), f.powerCode(), f.itemName(), f.category(),
				PartyMasking.name(f.applicantName(), f.naturalPerson()), f.state(), f.steps(), f.suspensions(),
				f.statutoryDays(), f.promisedDays(), deadlines, f.notAcceptedReason(), f.approved(),
				f.decisionNumber(), f.validFrom(), f.validUntil());
	}

}

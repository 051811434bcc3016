package org.gongkai.approvals;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.powers.PowerType;

/** A case as staff see it (unmasked): every step with its date, the limits and the decision. */
public record CaseFacts(String caseNumber, String powerCode, String itemName, PowerType powerType,
		long handlingUnitId, ApprovalCategory category, String applicantName, boolean naturalPerson,
		String applicantCode, int statutoryDays, int promisedDays, String limitsGuide, CaseState state,
		LocalDate receivedOn, LocalDate acceptedOn, LocalDate notAcceptedOn, String notAcceptedReason,
		LocalDate reviewStartedOn, LocalDate decidedOn, Boolean approved, String decisionNumber, String content,
		String refusalReason, LocalDate validFrom, LocalDate validUntil, LocalDate deliveredOn,
		List<SuspensionView> suspensions, boolean suspended, LocalDate promisedDue, Integer workingDaysUsed, Boolean onTime,
		String registeredBy) {

	/** The dated steps in order, as both staff and the public see them. */
	public List<StepView> steps() {
		List<StepView> steps = new java.util.ArrayList<>();
		steps.add(new StepView("RECEIVED", receivedOn));
		if (notAcceptedOn != null) {
			steps.add(new StepView("NOT_ACCEPTED", notAcceptedOn));
		}
		if (acceptedOn != null) {
			steps.add(new StepView("ACCEPTED", acceptedOn));
		}
		if (reviewStartedOn != null) {
			steps.add(new StepView("UNDER_REVIEW", reviewStartedOn));
		}
		if (decidedOn != null) {
			steps.add(new StepView(Boolean.TRUE.equals(approved) ? "APPROVED" : "REFUSED", decidedOn));
		}
		if (deliveredOn != null) {
			steps.add(new StepView("DELIVERED", deliveredOn));
		}
		return steps;
	}

	/** A dated step; {@code step} names it ({@code approvals.step.done.<step>}). */
	public record StepView(String step, LocalDate day) {

		public String messageKey() {
			return "approvals.step.done." + step;
		}

	}

}

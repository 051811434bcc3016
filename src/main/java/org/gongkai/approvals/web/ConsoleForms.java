package org.gongkai.approvals.web;

import java.time.LocalDate;

import org.gongkai.approvals.ApprovalCategory;
import org.gongkai.approvals.Decision;
import org.gongkai.approvals.Registration;
import org.gongkai.approvals.SuspensionKind;

/** The console's forms, bound as text so that a bad date is refused naming its field rather than dropped. */
final class ConsoleForms {

	private ConsoleForms() {
	}

	/** Registration of a received application. */
	record RegisterForm(String powerCode, ApprovalCategory category, String applicantName, String naturalPerson,
			String applicantCode, String receivedOn, String statutoryDays, String promisedDays) {

		static RegisterForm empty(LocalDate today) {
			return new RegisterForm("", null, "", "false", "", today.toString(), "", "");
		}

		Registration registration() {
			return new Registration(powerCode, category, applicantName, FormValues.yesNo(naturalPerson),
					applicantCode, FormValues.day("receivedOn", receivedOn),
					FormValues.number("statutoryDays", statutoryDays), FormValues.number("promisedDays", promisedDays));
		}

	}

	/** A dated step: acceptance, non-acceptance (with reason), review, suspension (kind, note), resumption, delivery. */
	record StepForm(String day, String reason, SuspensionKind kind, String note) {

		static StepForm on(LocalDate today) {
			return new StepForm(today.toString(), "", null, "");
		}

		LocalDate date() {
			return FormValues.day("day", day);
		}

	}

	/** A decision. */
	record DecisionForm(String approved, String day, String decisionNumber, String content, String reason,
			String validFrom, String validUntil) {

		static DecisionForm on(LocalDate today) {
			return new DecisionForm("true", today.toString(), "", "", "", today.toString(), "");
		}

		Decision decision() {
			return new Decision(FormValues.yesNo(approved), FormValues.day("day", day), decisionNumber, content,
					reason, FormValues.day("validFrom", validFrom), FormValues.day("validUntil", validUntil));
		}

	}

}

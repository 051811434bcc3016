package org.gongkai.requests;

import static org.gongkai.requests.CaseRules.first;
import static org.gongkai.requests.CaseRules.open;
import static org.gongkai.requests.CaseRules.running;
import static org.gongkai.requests.CaseRules.stopLapsed;
import static org.gongkai.requests.CaseRules.stopOpen;
import static org.gongkai.requests.CaseRules.unless;
import static org.gongkai.requests.CaseRules.withinPeriod;
import static org.gongkai.requests.CaseRules.workable;

import java.util.Optional;

/**
 * The steps of a case (办理环节) and, for each, the rule deciding whether the application's state allows it on a
 * given day, with the reason when not. What the step is given (a date, a text, a choice) is checked by the step
 * itself; who may take it by {@link RequestPermissions}.
 */
public enum Step {

	/** 分办 to units (disclosure office). */
	ASSIGN {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return open(r);
		}
	},
	/**
	 * 告知补正: once, while the clock runs, within the correction window of the rules in force on the day (a 2008 case
	 * corrected from 2019-05-15 follows the 2019 procedure), and never once the period has run out: the restart a
	 * correction brings must not revive an expired period.
	 */
	REQUEST_CORRECTION {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			RuleSet rules = f.correctionRules();
			return first(() -> running(r),
					() -> unless(!r.correctionAsked(), "request.correction.once", rules.correctionCitation()),
					() -> unless(f.correctionUntil() == null || !f.day().isAfter(f.correctionUntil()),
							"request.correction.late", rules.correctionWithinDays(), f.correctionUntil(),
							rules.correctionCitation()),
					() -> withinPeriod(r, f, "request.correction.expired"));
		}
	},
	/** The corrected application arrived. */
	RECORD_CORRECTION {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return stopOpen(r, StopKind.CORRECTION, "request.correction.none");
		}
	},
	/** Not corrected by the set date: abandoned. */
	CLOSE_NOT_CORRECTED {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return stopLapsed(r, f, StopKind.CORRECTION, "request.correction.notYetDue", "request.correction.none");
		}
	},
	/** 征求意见 of a third party or a co-producing agency. */
	CONSULT {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return workable(r);
		}
	},
	/** A consulted party answered (or stayed silent). */
	RECORD_CONSULTATION {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return unless(r.stops().stream().anyMatch(s -> s.kind().consultation() && s.open()),
					"request.consultation.none");
		}
	},
	/** 延期 proposed: once, within the period. */
	PROPOSE_EXTENSION {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return first(() -> open(r),
					() -> unless(!r.extended(), "request.extension.once", r.rules().periodCitation()),
					() -> unless(r.proposedExtensionDays() == null, "request.extension.pending"),
					() -> withinPeriod(r, f, "request.extension.overdue"));
		}
	},
	/** The office head decides a proposed extension (approving it needs the period not to have run out). */
	DECIDE_EXTENSION {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return unless(r.proposedExtensionDays() != null, "request.extension.noneProposed");
		}
	},
	/**
	 * 收费通知: once, while the clock runs, for applications the fee rules cover, and only within the processing
	 * period (国办函〔2020〕109号), as an extension.
	 */
	NOTICE_FEE {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return first(() -> running(r), () -> unless(f.feesApply(), "request.fee.rules", f.feesFrom()),
					() -> unless(r.fee().isEmpty(), "request.fee.once"),
					() -> withinPeriod(r, f, "request.fee.overdue"));
		}
	},
	/** The fee was paid. */
	RECORD_PAYMENT {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return stopOpen(r, StopKind.FEE, "request.fee.none");
		}
	},
	/** Not paid by the notice's deadline: processing ends. */
	CLOSE_UNPAID {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return stopLapsed(r, f, StopKind.FEE, "request.fee.notYetDue", "request.fee.none");
		}
	},
	/** 答复决定 of a requested item. */
	DECIDE {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return workable(r);
		}
	},
	/** 答复: every item decided, the clock running. */
	REPLY {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return first(() -> running(r), () -> unless(r.allDecided(), "request.reply.undecided"));
		}
	},
	/** 送达 of the reply, recorded once. */
	RECORD_DELIVERY {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return first(() -> unless(r.status() == RequestStatus.ANSWERED, "request.state.invalid"),
					() -> unless(r.deliveredOn() == null, "request.delivery.already", r.deliveredOn()));
		}
	},
	/** 办结归档 once the reply is delivered. */
	ARCHIVE {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return unless(r.status() == RequestStatus.ANSWERED && r.deliveredOn() != null, "request.archive.undelivered");
		}
	},
	/** 撤回 recorded for the applicant. */
	WITHDRAW {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return open(r);
		}
	},
	/** 行政复议 or 行政诉讼 against the reply or closure. */
	APPEAL {
		@Override
		Optional<Refusal> refusal(DisclosureRequest r, StepFacts f) {
			return unless(r.repliedOn() != null || r.closedOn() != null, "request.appeal.unanswered");
		}
	};

	/** Why the application's state does not allow this step on {@code facts.day()}; empty when it does. */
	abstract Optional<Refusal> refusal(DisclosureRequest request, StepFacts facts);

}

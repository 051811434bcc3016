package org.gongkai.requests;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.common.RuleViolation;
import org.gongkai.common.Texts;
import org.gongkai.identity.Me;

/** 行政复议 and 行政诉讼 against a reply or closure, and their results (Table C). */
@Service
@Transactional
class CaseAppeals {

	private final CaseSteps steps;

	CaseAppeals(CaseSteps steps) {
		this.steps = steps;
	}

	void recordAppeal(Me me, long id, AppealKind kind, LocalDate filedOn, String note) {
		DisclosureRequest request = steps.handled(id, me);
		LocalDate today = steps.today();
		steps.require(request, Step.APPEAL, today);
		if (kind == null) {
			throw RuleViolation.invalid("kind", "request.appeal.kind.required");
		}
		if (filedOn == null || filedOn.isAfter(today)) {
			throw RuleViolation.invalid("filedOn", "request.appeal.filedOn");
		}
		request.addAppeal(kind, filedOn, Texts.blankToNull(note)).countFiledOn(steps.countedOn(filedOn));
		steps.step(request, me, TimelineType.APPEAL_RECORDED, filedOn, String.valueOf(kind), "request.appeal.recorded");
	}

	void decideAppeal(Me me, long id, long appealId, AppealOutcome outcome, LocalDate decidedOn, String note) {
		DisclosureRequest request = steps.handled(id, me);
		Appeal appeal = request.appeal(appealId).orElseThrow(() -> RuleViolation.notFound("request.appeal.notFound"));
		if (outcome == null) {
			throw RuleViolation.invalid("outcome", "request.appeal.outcome.required");
		}
		LocalDate today = steps.today();
		if (decidedOn == null || decidedOn.isBefore(appeal.filedOn()) || decidedOn.isAfter(today)) {
			throw RuleViolation.invalid("decidedOn", "request.date.outOfRange", appeal.filedOn(), today);
		}
		appeal.decide(outcome, decidedOn, note);
		appeal.countDecidedOn(steps.countedOn(decidedOn));
		steps.step(request, me, TimelineType.APPEAL_DECIDED, decidedOn, appeal.kind() + ": " + outcome,
				"request.appeal.decided");
	}

}

package org.gongkai.requests;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.FourEyes;
import org.gongkai.identity.Me;

/** 延期答复: a handler proposes, the head of the disclosure office decides (Art. 33), never on their own proposal. */
@Service
@Transactional
class CaseExtensions {

	private final CaseSteps steps;

	CaseExtensions(CaseSteps steps) {
		this.steps = steps;
	}

	void proposeExtension(Me me, long id, int days, String reason) {
		DisclosureRequest request = steps.handled(id, me);
		LocalDate today = steps.today();
		steps.require(request, Step.PROPOSE_EXTENSION, today);
		if (days < 1 || days > request.rules().maxExtensionDays()) {
			throw RuleViolation.invalid("days", "request.extension.days", request.rules().maxExtensionDays(),
					request.rules().periodCitation());
		}
		if (reason == null || reason.isBlank()) {
			throw RuleViolation.invalid("reason", "request.extension.reason.required");
		}
		request.proposeExtension(days, reason.trim(), me.username());
		steps.step(request, me, TimelineType.EXTENSION_PROPOSED, today, days + ": " + reason.trim(),
				"request.extension.proposed");
	}

	void decideExtension(Me me, long id, boolean approve) {
		RequestPermissions.requireOfficeHead(me);
		DisclosureRequest request = steps.load(id);
		LocalDate today = steps.today();
		steps.require(request, Step.DECIDE_EXTENSION, today);
		FourEyes.require(me, CaseSteps.proposers(request), "request.extension.ownProposal");
		if (!approve) {
			request.refuseExtension();
			steps.step(request, me, TimelineType.EXTENSION_REFUSED, today, null, "request.extension.refused");
			return;
		}
		CaseRules.withinPeriod(request, steps.facts(request, today), "request.extension.overdue").ifPresent(refusal -> {
			throw refusal.violation();
		});
		int days = request.proposedExtensionDays();
		String reason = request.proposedExtensionReason();
		request.approveExtension(today);
		ClockStatement statement = steps.statement(request);
		String note = days + " / " + reason + (statement.dueDate() != null ? " / " + statement.dueDate() : "");
		steps.notifyApplicant(request, me, TimelineType.EXTENDED, today, note, "request.extended");
	}

}

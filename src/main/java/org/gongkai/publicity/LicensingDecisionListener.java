package org.gongkai.publicity;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.approvals.ApprovalDecided;
import org.gongkai.powers.PowerType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An approved licensing decision of an approval case becomes a record awaiting publication, once per case number
 * (the event may be delivered again after a crash). Refusals and other power types are not published in 双公示. A
 * decision whose fields break the rules (say, a malformed credit code) is logged and left to staff to register.
 */
@Component
class LicensingDecisionListener {

	private static final Logger log = LoggerFactory.getLogger(LicensingDecisionListener.class);

	private final Publicity publicity;

	LicensingDecisionListener(Publicity publicity) {
		this.publicity = publicity;
	}

	@ApplicationModuleListener
	void on(ApprovalDecided decided) {
		if (!decided.approved() || decided.powerType() != PowerType.LICENSING) {
			return;
		}
		PublicityDraft draft = PublicityDraft.licence(decided.decisionNumber(), decided.itemName(),
				decided.category(), decided.content(), decided.applicantName(), decided.naturalPerson(),
				decided.applicantCode(), decided.decidingBody(), decided.decidedOn(), decided.validFrom(),
				decided.validUntil(), decided.powerCode());
		List<FieldProblem> problems = new ArrayList<>();
		publicity.fromApproval(draft, decided.caseNumber(), problems)
			.ifPresent(id -> log.info("Approval case {}: 双公示 record {} awaiting publication", decided.caseNumber(), id));
		if (!problems.isEmpty()) {
			log.warn("Approval case {} not put to 双公示, its decision breaks {}", decided.caseNumber(),
					problems.stream().map(p -> p.field() + " " + p.messageKey()).toList());
		}
	}

}

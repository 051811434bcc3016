package org.gongkai.approvals;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.common.PublicContent;

/**
 * The per-item figures the service guides show change with each decision: the last change of a decided case and
 * the number decided, so that a cached guide page is shown again once its figures move.
 */
@Component
class ApprovalsContent implements PublicContent {

	private final ApprovalCaseRepository cases;

	ApprovalsContent(ApprovalCaseRepository cases) {
		this.cases = cases;
	}

	@Override
	@Transactional(readOnly = true)
	public State state() {
		Object[] row = cases.decidedState();
		Object[] values = row.length == 1 && row[0] instanceof Object[] nested ? nested : row;
		return new State((java.time.Instant) values[0], "approvals:" + values[1]);
	}

}

package org.gongkai.approvals.web;

import java.util.List;

import org.gongkai.common.shell.PersonalPages;
import org.springframework.stereotype.Component;

/** An applicant's own progress lookup with the query code (page and API). */
@Component
class PersonalApprovalPages implements PersonalPages {

	@Override
	public List<String> patterns() {
		return List.of("/approvals/progress", "/api/v1/approvals/{caseNumber}");
	}

}

package org.gongkai.requests;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.Me;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;

/** 分办: the disclosure office gives the application to one or more units. */
@Service
@Transactional
class CaseAssignment {

	private final CaseSteps steps;

	private final UnitManagement units;

	CaseAssignment(CaseSteps steps, UnitManagement units) {
		this.steps = steps;
		this.units = units;
	}

	void assign(Me me, long id, Set<Long> unitIds) {
		RequestPermissions.requireOffice(me);
		DisclosureRequest request = steps.load(id);
		steps.require(request, Step.ASSIGN, steps.today());
		if (unitIds == null || unitIds.isEmpty()) {
			throw RuleViolation.invalid("unitIds", "request.assign.units.required");
		}
		Map<Long, String> names = units.all().stream()
			.collect(Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a));
		if (!names.keySet().containsAll(unitIds)) {
			throw RuleViolation.invalid("unitIds", "request.assign.units.unknown");
		}
		request.assign(unitIds);
		String list = unitIds.stream().map(names::get).collect(Collectors.joining("、"));
		steps.step(request, me, TimelineType.ASSIGNED, steps.today(), list, "request.assigned");
	}

}

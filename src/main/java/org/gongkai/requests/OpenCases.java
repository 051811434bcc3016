package org.gongkai.requests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.identity.UnitView;

/**
 * Today's open applications (在办件) per unit, and how many of them are overdue, for the timeliness figures. An
 * application assigned to two units is in both units' counts and once in the totals.
 */
record OpenCases(int total, int overdue, int unassigned, List<Performance.UnitLoad> byUnit) {

	static OpenCases count(List<DisclosureRequest> open, RequestClock clock, List<UnitView> units) {
		Map<Long, int[]> perUnit = new LinkedHashMap<>();
		int overdue = 0;
		int unassigned = 0;
		for (DisclosureRequest request : open) {
			boolean late = clock.statement(request).overdue();
			if (late) {
				overdue++;
			}
			if (request.unitIds().isEmpty()) {
				unassigned++;
			}
			for (Long unitId : request.unitIds()) {
				int[] counts = perUnit.computeIfAbsent(unitId, id -> new int[2]);
				counts[0]++;
				counts[1] += late ? 1 : 0;
			}
		}
		List<Performance.UnitLoad> loads = units.stream()
			.filter(unit -> perUnit.containsKey(unit.id()))
			.map(unit -> new Performance.UnitLoad(unit.id(), unit.name(), perUnit.get(unit.id())[0],
					perUnit.get(unit.id())[1]))
			.toList();
		return new OpenCases(open.size(), overdue, unassigned, loads);
	}

}

package org.gongkai.requests;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.identity.UnitView;

/**
 * Today's open applications (在办件) per unit, and how many of them are overdue, for the timeliness figures. An
 * application assigned to two units is in both units' counts and once in the totals. Counted by the database from
 * the stored clocks: a few grouped counts, however many applications are open.
 */
record OpenCases(int total, int overdue, int unassigned, List<Performance.UnitLoad> byUnit) {

	static OpenCases count(StatisticsRepository requests, LocalDate today, List<UnitView> units) {
		List<RequestStatus> concluded = RequestStatus.concluded();
		Map<Long, long[]> perUnit = new HashMap<>();
		for (Object[] row : requests.openByUnit(concluded, today)) {
			perUnit.put(((Number) row[0]).longValue(),
					new long[] { ((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue() });
		}
		List<Performance.UnitLoad> loads = units.stream()
			.filter(unit -> perUnit.containsKey(unit.id()))
			.map(unit -> new Performance.UnitLoad(unit.id(), unit.name(), (int) perUnit.get(unit.id())[0],
					(int) perUnit.get(unit.id())[1]))
			.toList();
		return new OpenCases((int) requests.countByStatusNotIn(concluded), (int) requests.countRunningDueBefore(today),
				(int) requests.countUnassignedNotIn(concluded), loads);
	}

}

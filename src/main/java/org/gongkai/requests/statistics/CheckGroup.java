package org.gongkai.requests.statistics;

import java.util.Arrays;
import java.util.List;

import org.gongkai.requests.StatisticsCheck;

/** The checks of one rule, as the page lists them under one heading with how many failed. */
public record CheckGroup(StatisticsCheck.Rule rule, List<StatisticsCheck> checks, int failed) {

	static List<CheckGroup> of(List<StatisticsCheck> checks) {
		return Arrays.stream(StatisticsCheck.Rule.values()).map(rule -> {
			List<StatisticsCheck> mine = checks.stream().filter(check -> check.rule() == rule).toList();
			return new CheckGroup(rule, mine, (int) mine.stream().filter(check -> !check.passed()).count());
		}).toList();
	}

	public boolean passed() {
		return failed == 0;
	}

	/** Checks on lines of Table B are many: the page folds them away while they pass. */
	public boolean foldable() {
		return rule == StatisticsCheck.Rule.B_TOTAL_COLUMN;
	}

}

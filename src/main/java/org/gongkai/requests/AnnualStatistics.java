package org.gongkai.requests;

import java.util.List;

/**
 * A year's statistics of disclosure on application: the annual report's Tables B and C, their consistency checks
 * (勾稽关系) and the office's timeliness.
 *
 * @param consistent whether every check passed
 */
public record AnnualStatistics(int year, boolean consistent, TableB tableB, TableC tableC,
		List<StatisticsCheck> checks, Performance performance) {

	public AnnualStatistics {
		checks = List.copyOf(checks);
	}

	/** The statistics of both tables with their checks run. */
	public static AnnualStatistics of(TableB tableB, TableC tableC, Performance performance) {
		List<StatisticsCheck> checks = StatisticsCheck.of(tableB, tableC);
		return new AnnualStatistics(tableB.year(), checks.stream().allMatch(StatisticsCheck::passed), tableB, tableC,
				checks, performance);
	}

}

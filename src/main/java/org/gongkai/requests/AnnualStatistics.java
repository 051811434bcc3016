package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A year's statistics of disclosure on application: the annual report's Tables B and C, their consistency checks
 * (勾稽关系) and the office's timeliness.
 *
 * @param consistent whether every check passed
 * @param published when and by whom the year's report was marked published, {@code null} while it is not: the
 *        figures of a published year count only the applications registered before that moment
 * @param corrections applications registered after the publication with a receipt date in the year: not in the
 *        figures, listed for a correction of the published report
 */
public record AnnualStatistics(int year, boolean consistent, TableB tableB, TableC tableC,
		List<StatisticsCheck> checks, Performance performance, Publication published, List<Correction> corrections) {

	public AnnualStatistics {
		checks = List.copyOf(checks);
		corrections = List.copyOf(corrections);
	}

	/** The statistics of both tables with their checks run, of a year not published. */
	public static AnnualStatistics of(TableB tableB, TableC tableC, Performance performance) {
		return of(tableB, tableC, performance, null, List.of());
	}

	/** The statistics of both tables with their checks run. */
	static AnnualStatistics of(TableB tableB, TableC tableC, Performance performance, Publication published,
			List<Correction> corrections) {
		List<StatisticsCheck> checks = StatisticsCheck.of(tableB, tableC);
		return new AnnualStatistics(tableB.year(), checks.stream().allMatch(StatisticsCheck::passed), tableB, tableC,
				checks, performance, published, corrections);
	}

	/** When the year's report was marked published, and by whom. */
	@Schema(name = "StatisticsPublication")
	public record Publication(Instant at, String by) {
	}

	/** An application registered after the publication with a receipt date in the published year. */
	@Schema(name = "StatisticsCorrection")
	public record Correction(String trackingNumber, LocalDate receivedOn, Instant registeredAt,
			ApplicantKind applicantKind) {
	}

}

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
 * @param corrections applications registered after the publication with a receipt date in the year, and steps
 *        (conclusions, appeals filed or decided) recorded after it for a day in the year: not in the figures, listed
 *        for a correction of the published report
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

	/**
	 * An application registered after the publication with a receipt date in the published year, or a step of one
	 * recorded after the publication for a day in that year.
	 *
	 * @param what what was recorded late
	 * @param on the day it happened (in the published year)
	 * @param countedOn the day the figures count it: the registration is in no year's received line (二 of the next
	 *        year carries it over); any other step counts in the report of the year it was recorded in
	 */
	@Schema(name = "StatisticsCorrection")
	public record Correction(String trackingNumber, LocalDate receivedOn, Instant registeredAt,
			ApplicantKind applicantKind, Recorded what, LocalDate on, LocalDate countedOn) {

		/** An application registered late: received {@code receivedOn}. */
		public Correction(String trackingNumber, LocalDate receivedOn, Instant registeredAt,
				ApplicantKind applicantKind) {
			this(trackingNumber, receivedOn, registeredAt, applicantKind, Recorded.REGISTRATION, receivedOn, null);
		}

	}

	/** What was recorded after the publication. */
	@Schema(name = "StatisticsCorrectionRecorded")
	public enum Recorded {

		/** The application itself (its receipt date is in the year). */
		REGISTRATION,
		/** Its reply, or its closure without one (Table B's results and 四, the timeliness figures). */
		CONCLUSION,
		/** A reconsideration or lawsuit filed (Table C). */
		APPEAL_FILED,
		/** A reconsideration or lawsuit decided (Table C). */
		APPEAL_DECIDED;

		public String messageKey() {
			return "requests.stats.corrections.what." + name();
		}

	}

}

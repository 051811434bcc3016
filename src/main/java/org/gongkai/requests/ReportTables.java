package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts Tables B and C of a year from the applications and appeals that matter to it, by the rules written on
 * {@link RequestStatistics}.
 */
final class ReportTables {

	private ReportTables() {
	}

	/**
	 * Table B from grouped counts in the database: four statements whatever the number of applications, none loaded.
	 * Only the applications registered by {@code registeredBy} count (a published year's publication).
	 */
	static TableB tableB(int year, StatisticsRepository requests, Instant registeredBy) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		Lines lines = new Lines();
		requests.receivedByKind(first, last, registeredBy).forEach(row -> lines.received.add(row[0], row[1]));
		requests.carriedOverByKind(first, registeredBy).forEach(row -> lines.carriedOver.add(row[0], row[1]));
		requests.concludedByRowAndKind(first, last, registeredBy)
			.forEach(row -> lines.concluded((ReportRow) row[0], (ApplicantKind) row[1], ((Number) row[2]).intValue()));
		requests.carriedForwardByKind(last, registeredBy).forEach(row -> lines.carriedForward.add(row[0], row[1]));
		return lines.table(year);
	}

	/**
	 * Table B counted in memory from the applications that matter to the year (received by its end and not counted
	 * as concluded before it), by the same rules as the grouped counts: for applications built by hand.
	 */
	static TableB tableB(int year, List<DisclosureRequest> relevant) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		Lines lines = new Lines();
		for (DisclosureRequest request : relevant) {
			ApplicantKind kind = request.applicant().kind();
			(request.receivedOn().isBefore(first) ? lines.carriedOver : lines.received).add(kind, 1);
			Optional<ReportStanding> report = request.report();
			if (report.isPresent() && !report.get().countedOn().isAfter(last)) {
				lines.concluded(report.get().row(), kind, 1);
			}
			else {
				lines.carriedForward.add(kind, 1);
			}
		}
		return lines.table(year);
	}

	static TableC tableC(int year, List<Appeal> relevant) {
		LocalDate last = LocalDate.of(year, 12, 31);
		Map<AppealKind, int[]> groups = new EnumMap<>(AppealKind.class);
		for (AppealKind kind : AppealKind.values()) {
			groups.put(kind, new int[4]);
		}
		for (Appeal appeal : relevant) {
			int[] group = groups.get(appeal.kind());
			if (appeal.countedDecidedOn() == null || appeal.countedDecidedOn().isAfter(last)) {
				group[3]++;
			}
			else if (appeal.outcome() != null) {
				group[switch (appeal.outcome()) {
					case UPHELD -> 0;
					case CORRECTED -> 1;
					case OTHER -> 2;
				}]++;
			}
		}
		return new TableC(year, group(groups.get(AppealKind.RECONSIDERATION)), group(groups.get(AppealKind.LITIGATION)),
				group(groups.get(AppealKind.LITIGATION_AFTER_RECONSIDERATION)));
	}

	private static TableC.Group group(int[] counts) {
		return TableC.Group.of(counts[0], counts[1], counts[2], counts[3]);
	}

	/** The lines of Table B being counted. */
	private static final class Lines {

		private final Tally received = new Tally();

		private final Tally carriedOver = new Tally();

		private final Tally concluded = new Tally();

		private final Tally carriedForward = new Tally();

		private final Map<ReportRow, Tally> results = new EnumMap<>(ReportRow.class);

		/** Concluded in the year; without a row (damaged data) only in （七）总计. */
		void concluded(ReportRow row, ApplicantKind kind, int count) {
			if (row != null) {
				results.computeIfAbsent(row, r -> new Tally()).add(kind, count);
			}
			concluded.add(kind, count);
		}

		TableB table(int year) {
			Map<ReportRow, TableB.Counts> rows = new EnumMap<>(ReportRow.class);
			results.forEach((row, tally) -> rows.put(row, tally.counts()));
			return new TableB(year, received.counts(), carriedOver.counts(), rows, concluded.counts(),
					carriedForward.counts());
		}

	}

	/** One line of Table B being counted, by applicant kind. */
	private static final class Tally {

		private final int[] columns = new int[ApplicantKind.values().length];

		void add(ApplicantKind kind, int count) {
			columns[kind.ordinal()] += count;
		}

		/** A grouped count's row: the kind and its count. */
		void add(Object kind, Object count) {
			add((ApplicantKind) kind, ((Number) count).intValue());
		}

		TableB.Counts counts() {
			return TableB.Counts.of(columns);
		}

	}

}

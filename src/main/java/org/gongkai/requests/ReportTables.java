package org.gongkai.requests;

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

	static TableB tableB(int year, List<DisclosureRequest> relevant) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		Tally received = new Tally();
		Tally carriedOver = new Tally();
		Tally concluded = new Tally();
		Tally carriedForward = new Tally();
		Map<ReportRow, Tally> results = new EnumMap<>(ReportRow.class);
		for (DisclosureRequest request : relevant) {
			ApplicantKind kind = request.applicant().kind();
			Optional<LocalDate> concludedOn = request.concludedOn();
			if (request.receivedOn().isBefore(first)) {
				carriedOver.add(kind);
			}
			else {
				received.add(kind);
			}
			if (concludedOn.isPresent() && !concludedOn.get().isAfter(last)) {
				rowOf(request).ifPresent(row -> results.computeIfAbsent(row, r -> new Tally()).add(kind));
				concluded.add(kind);
			}
			else {
				carriedForward.add(kind);
			}
		}
		Map<ReportRow, TableB.Counts> rows = new EnumMap<>(ReportRow.class);
		results.forEach((row, tally) -> rows.put(row, tally.counts()));
		return new TableB(year, received.counts(), carriedOver.counts(), rows, concluded.counts(),
				carriedForward.counts());
	}

	/**
	 * The report row, or none for a reply whose items are not all decided (imported or damaged data): such an
	 * application is then counted in no result row, and the check of （七）总计 against the rows fails on its column.
	 */
	private static Optional<ReportRow> rowOf(DisclosureRequest request) {
		boolean closedWithoutReply = request.closure() != null && request.closure().row() != null;
		if (!closedWithoutReply && !request.allDecided()) {
			return Optional.empty();
		}
		return request.reportRow();
	}

	static TableC tableC(int year, List<Appeal> relevant) {
		LocalDate last = LocalDate.of(year, 12, 31);
		Map<AppealKind, int[]> groups = new EnumMap<>(AppealKind.class);
		for (AppealKind kind : AppealKind.values()) {
			groups.put(kind, new int[4]);
		}
		for (Appeal appeal : relevant) {
			int[] group = groups.get(appeal.kind());
			if (appeal.decidedOn() == null || appeal.decidedOn().isAfter(last)) {
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

	/** One line of Table B being counted, by applicant kind. */
	private static final class Tally {

		private final int[] columns = new int[ApplicantKind.values().length];

		void add(ApplicantKind kind) {
			columns[kind.ordinal()]++;
		}

		TableB.Counts counts() {
			return TableB.Counts.of(columns);
		}

	}

}

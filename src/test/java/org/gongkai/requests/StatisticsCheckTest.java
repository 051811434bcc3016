package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The consistency checks of DOMAIN.md §3 on hand-built tables: they pass on a consistent one and catch each slip. */
class StatisticsCheckTest {

	/** 3 + 1 received and carried over; 2 concluded (one disclosed, one repeat); 2 carried forward. */
	static TableB consistent() {
		Map<ReportRow, TableB.Counts> results = new EnumMap<>(ReportRow.class);
		results.put(ReportRow.DISCLOSED, TableB.Counts.of(1, 0, 0, 0, 0, 0));
		results.put(ReportRow.NOT_HANDLED_REPEAT, TableB.Counts.of(0, 1, 0, 0, 0, 0));
		return new TableB(2025, TableB.Counts.of(2, 1, 0, 0, 0, 0), TableB.Counts.of(0, 0, 1, 0, 0, 0), results,
				TableB.Counts.of(1, 1, 0, 0, 0, 0), TableB.Counts.of(1, 0, 1, 0, 0, 0));
	}

	static TableC consistentC() {
		return new TableC(2025, TableC.Group.of(1, 0, 0, 1), TableC.Group.of(0, 1, 0, 0), TableC.Group.of(0, 0, 0, 0));
	}

	@Test
	void aConsistentReportPassesEveryCheck() {
		List<StatisticsCheck> checks = StatisticsCheck.of(consistent(), consistentC());
		assertThat(checks).hasSize(7 + 7 + 25 + 3).allMatch(StatisticsCheck::passed);
		assertThat(checks).filteredOn(c -> c.rule() == StatisticsCheck.Rule.B_BALANCE)
			.extracting(StatisticsCheck::subject, StatisticsCheck::left, StatisticsCheck::right)
			.containsExactly(tuple("NATURAL_PERSON", 2, 2), tuple("COMMERCIAL_ENTERPRISE", 1, 1),
					tuple("RESEARCH_INSTITUTION", 1, 1), tuple("PUBLIC_WELFARE_ORGANISATION", 0, 0),
					tuple("LEGAL_SERVICE_PROVIDER", 0, 0), tuple("OTHER_ORGANISATION", 0, 0), tuple("TOTAL", 4, 4));
		assertThat(AnnualStatistics.of(consistent(), consistentC(), null).consistent()).isTrue();
	}

	@Test
	void anApplicationLostBetweenTheYearsFailsTheBalanceOfItsColumn() {
		TableB b = consistent();
		TableB lost = new TableB(2025, b.received(), b.carriedOver(), b.results(), b.concluded(),
				TableB.Counts.of(0, 0, 1, 0, 0, 0));
		List<StatisticsCheck> failed = StatisticsCheck.of(lost, consistentC())
			.stream()
			.filter(c -> !c.passed())
			.toList();
		assertThat(failed).extracting(StatisticsCheck::rule, StatisticsCheck::subject, StatisticsCheck::left,
				StatisticsCheck::right)
			.containsExactly(tuple(StatisticsCheck.Rule.B_BALANCE, "NATURAL_PERSON", 2, 1),
					tuple(StatisticsCheck.Rule.B_BALANCE, "TOTAL", 4, 3));
		assertThat(AnnualStatistics.of(lost, consistentC(), null).consistent()).isFalse();
	}

	@Test
	void aTotalThatDisagreesWithItsRowsOrColumnsFails() {
		TableB b = consistent();
		Map<ReportRow, TableB.Counts> results = new EnumMap<>(b.results());
		results.put(ReportRow.WITHHELD_THIRD_PARTY, new TableB.Counts(Map.of(ApplicantKind.RESEARCH_INSTITUTION, 1), 2));
		TableB slipped = new TableB(2025, b.received(), b.carriedOver(), results, b.concluded(), b.carriedForward());
		assertThat(StatisticsCheck.of(slipped, consistentC()).stream().filter(c -> !c.passed()))
			.extracting(StatisticsCheck::rule, StatisticsCheck::subject, StatisticsCheck::left, StatisticsCheck::right)
			.containsExactly(tuple(StatisticsCheck.Rule.B_TOTAL_OF_RESULTS, "RESEARCH_INSTITUTION", 0, 1),
					tuple(StatisticsCheck.Rule.B_TOTAL_OF_RESULTS, "TOTAL", 2, 4),
					tuple(StatisticsCheck.Rule.B_TOTAL_COLUMN, "WITHHELD_THIRD_PARTY", 2, 1));
	}

	@Test
	void aTableCGroupWhoseTotalIsNotItsFourFails() {
		TableC c = new TableC(2025, new TableC.Group(1, 0, 0, 1, 3), TableC.Group.of(0, 1, 0, 0),
				TableC.Group.of(0, 0, 0, 0));
		assertThat(StatisticsCheck.of(consistent(), c).stream().filter(check -> !check.passed()))
			.extracting(StatisticsCheck::rule, StatisticsCheck::subject, StatisticsCheck::left, StatisticsCheck::right)
			.containsExactly(tuple(StatisticsCheck.Rule.C_TOTAL, "RECONSIDERATION", 3, 2));
	}

	@Test
	void theMedianIsTheMiddleValueOrTheMeanOfTheMiddleTwo() {
		assertThat(Performance.median(List.of())).isNull();
		assertThat(Performance.median(List.of(9, 2, 5))).isEqualTo(5.0);
		assertThat(Performance.median(List.of(12, 3, 8, 4))).isEqualTo(6.0);
		assertThat(Performance.median(List.of(1, 2))).isEqualTo(1.5);
	}

}

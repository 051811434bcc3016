package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The counting rules of Table B on applications built by hand, including data the workflow would not produce. */
class ReportTablesTest {

	@Test
	void aReplyWhoseItemsAreNotAllDecidedCountsInTheTotalButNoRowSoTheCheckFails() {
		DisclosureRequest damaged = received(ApplicantKind.OTHER_ORGANISATION, LocalDate.of(2025, 6, 2), 2);
		damaged.items().get(0).decide(ReplyType.DISCLOSED, null, null, Set.of(), LocalDate.of(2025, 6, 10), "office");
		damaged.reply(LocalDate.of(2025, 6, 20), "答复");
		TableB b = ReportTables.tableB(2025, List.of(damaged));
		assertThat(b.concluded().get(ApplicantKind.OTHER_ORGANISATION)).isEqualTo(1);
		assertThat(b.results().values()).allMatch(counts -> counts.total() == 0);
		assertThat(StatisticsCheck.of(b, new TableC(2025, TableC.Group.of(0, 0, 0, 0), TableC.Group.of(0, 0, 0, 0),
				TableC.Group.of(0, 0, 0, 0))).stream().filter(check -> !check.passed()))
			.extracting(StatisticsCheck::rule, StatisticsCheck::subject)
			.containsExactly(tuple(StatisticsCheck.Rule.B_TOTAL_OF_RESULTS, "OTHER_ORGANISATION"),
					tuple(StatisticsCheck.Rule.B_TOTAL_OF_RESULTS, "TOTAL"));
	}

	@Test
	void aReplyRefusingOneItemAndNotHoldingAnotherCountsInTheFirstItemsRow() {
		DisclosureRequest mixed = received(ApplicantKind.NATURAL_PERSON, LocalDate.of(2025, 3, 3), 2);
		mixed.items().get(0).decide(ReplyType.NOT_OURS, null, null, Set.of(), LocalDate.of(2025, 3, 5), "office");
		mixed.items().get(1).decide(ReplyType.NOT_DISCLOSED, Ground.INTERNAL_AFFAIRS, "内部事务", Set.of(),
				LocalDate.of(2025, 3, 5), "office");
		mixed.reply(LocalDate.of(2025, 3, 6), "答复");
		DisclosureRequest open = received(ApplicantKind.NATURAL_PERSON, LocalDate.of(2024, 12, 30), 1);
		TableB b = ReportTables.tableB(2025, List.of(mixed, open));
		assertThat(b.result(ReportRow.UNABLE_NOT_HELD).get(ApplicantKind.NATURAL_PERSON)).isEqualTo(1);
		assertThat(b.result(ReportRow.WITHHELD_INTERNAL_AFFAIRS).total()).isZero();
		assertThat(b.received().total()).isEqualTo(1);
		assertThat(b.carriedOver().total()).isEqualTo(1);
		assertThat(b.carriedForward().total()).isEqualTo(1);
	}

	private static DisclosureRequest received(ApplicantKind kind, LocalDate on, int items) {
		DisclosureRequest request = new DisclosureRequest("YS" + on + "-" + kind.ordinal(), "hash", null,
				Channel.IN_PERSON, Instant.parse("2025-01-01T00:00:00Z"), on, RuleSet.R2019,
				new Applicant(kind, "申请人", null, "91350100M000100Y43", "联系人", "0731-1234567", null, null, null),
				null, WantedForm.PAPER, Delivery.COLLECT_IN_PERSON, "office");
		for (int i = 1; i <= items; i++) {
			request.addItem("所需信息" + i, null);
		}
		return request;
	}

}

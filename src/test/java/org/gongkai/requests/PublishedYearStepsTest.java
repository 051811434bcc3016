package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestClockConfig;

/**
 * A published year keeps its figures against back-dated steps too: a reply and an appeal's decision recorded after
 * the publication for a day in the year leave its Table B, Table C and timeliness as published, are listed as
 * corrections to it, and count in the year they were recorded in (whose 二 is the published 四). Uses 2022 and 2023,
 * years no other test counts (the database is shared).
 */
@GongkaiTest
class PublishedYearStepsTest {

	static final int YEAR = 2022;

	static final ZoneId CHANGSHA = ZoneId.of("Asia/Shanghai");

	@Autowired
	RequestStatistics statistics;

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@AfterEach
	void reset() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
	}

	@Test
	void aStepBackDatedIntoAPublishedYearIsACorrectionCountedInTheYearOfItsRecording() {
		SignedIn.as(staff, "office");
		// Replied in March, appealed in June (decided only later); the other still open at the year's end.
		long replied = register("2021年度就业补助资金分配表", 2022, 3, 1);
		decideAndReply(replied, null);
		on(2022, 6, 1);
		handling.recordAppeal(CurrentStaff.require(), replied, AppealKind.RECONSIDERATION, LocalDate.of(2022, 6, 1),
				null);
		long late = register("2022年度职业培训补贴名单", 2022, 11, 1);
		handling.assign(CurrentStaff.require(), late, Set.of(unit("法规处")));

		on(2023, 1, 20);
		statistics.publish(CurrentStaff.require(), YEAR);
		// The figures as published, read after the publication: other tests' rows of earlier years were recorded at
		// later (real) instants than this test's 2023, and a published year leaves such rows out.
		AnnualStatistics published = statistics.annual(CurrentStaff.require(), YEAR);
		AnnualStatistics nextBefore = statistics.annual(CurrentStaff.require(), YEAR + 1);

		// Recorded on 10 March 2023 for days of 2022: the reply of 20 December, the appeal's decision of 30 November.
		on(2023, 3, 10);
		decideAndReply(late, LocalDate.of(2022, 12, 20));
		long appealId = handling.view(CurrentStaff.require(), replied).appeals().get(0).id();
		handling.decideAppeal(CurrentStaff.require(), replied, appealId, AppealOutcome.UPHELD,
				LocalDate.of(2022, 11, 30), null);

		AnnualStatistics after = statistics.annual(CurrentStaff.require(), YEAR);
		assertThat(after.tableB()).isEqualTo(published.tableB());
		assertThat(after.tableC()).isEqualTo(published.tableC());
		assertThat(after.performance().replied()).isEqualTo(published.performance().replied());
		assertThat(after.performance().repliedOnTime()).isEqualTo(published.performance().repliedOnTime());
		assertThat(after.performance().medianWorkingDays()).isEqualTo(published.performance().medianWorkingDays());
		String lateNumber = handling.view(CurrentStaff.require(), late).trackingNumber();
		String repliedNumber = handling.view(CurrentStaff.require(), replied).trackingNumber();
		// Other tests may register applications of earlier years at later dates: only this test's are looked at.
		assertThat(after.corrections())
			.filteredOn(c -> Set.of(lateNumber, repliedNumber).contains(c.trackingNumber()))
			.extracting(AnnualStatistics.Correction::trackingNumber, AnnualStatistics.Correction::what,
					AnnualStatistics.Correction::on, AnnualStatistics.Correction::countedOn)
			.containsExactly(
					tuple(lateNumber, AnnualStatistics.Recorded.CONCLUSION,
							LocalDate.of(2022, 12, 20), LocalDate.of(2023, 3, 10)),
					tuple(repliedNumber, AnnualStatistics.Recorded.APPEAL_DECIDED,
							LocalDate.of(2022, 11, 30), LocalDate.of(2023, 3, 10)));

		// 2023, the year being prepared: carried over as 2022 published it (二 unchanged), concluded there.
		AnnualStatistics next = statistics.annual(CurrentStaff.require(), YEAR + 1);
		ApplicantKind person = ApplicantKind.NATURAL_PERSON;
		assertThat(next.tableB().carriedOver()).isEqualTo(nextBefore.tableB().carriedOver());
		assertThat(next.tableB().result(ReportRow.DISCLOSED).get(person)
				- nextBefore.tableB().result(ReportRow.DISCLOSED).get(person)).isEqualTo(1);
		assertThat(next.tableB().carriedForward().get(person) - nextBefore.tableB().carriedForward().get(person))
			.isEqualTo(-1);
		assertThat(next.tableC().reconsideration().upheld() - nextBefore.tableC().reconsideration().upheld())
			.isEqualTo(1);
		assertThat(next.tableC().reconsideration().pending() - nextBefore.tableC().reconsideration().pending())
			.isEqualTo(-1);
		assertThat(next.performance().replied() - nextBefore.performance().replied()).isEqualTo(1);
	}

	private long register(String item, int year, int month, int day) {
		on(year, month, day);
		Receipt receipt = applications.register(CurrentStaff.require(), StatisticsScenario.person(item),
				Channel.IN_PERSON, LocalDate.of(year, month, day));
		return handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
	}

	private void decideAndReply(long id, LocalDate on) {
		for (CaseView.ItemView item : handling.view(CurrentStaff.require(), id).items()) {
			handling.decide(CurrentStaff.require(), id, item.id(), ReplyType.DISCLOSED, null, null, List.of(), on);
		}
		handling.reply(CurrentStaff.require(), id, "答复告知书", on);
	}

	private long unit(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(CHANGSHA).toInstant());
	}

}

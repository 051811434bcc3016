package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.gongkai.calendar.DayInfo;
import org.gongkai.calendar.SkippedDay;
import org.gongkai.common.RuleViolation;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestClockConfig;

/**
 * The journey through the facades, with dates counted by hand on the 2026 calendar: received Monday 14
 * September, a correction, the 中秋节 and 国庆节 holidays and their make-up Sundays/Saturdays, a third-party
 * consultation, a 20-day extension and a partial disclosure.
 */
@GongkaiTest
class RequestClockScenarioTest {

	static final ZoneId CHANGSHA = ZoneId.of("Asia/Shanghai");

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
	void correctionConsultationExtensionAndPartialDisclosureMoveTheDueDateAsCountedByHand() {
		on(2026, 9, 14);
		Receipt receipt = applications.apply(person("请求公开2026年就业补助资金分配文件", null), null);
		// 20 working days from Monday 14 Sep: Sunday 20 Sep works, 25-27 Sep and 1-7 Oct are off, Saturday 10 Oct works.
		assertThat(receipt.receivedOn()).isEqualTo(LocalDate.of(2026, 9, 14));
		assertThat(receipt.dueDate()).isEqualTo(LocalDate.of(2026, 10, 16));
		assertThat(receipt.queryCode()).hasSize(8);
		long id = idOf(receipt);

		SignedIn.as(staff, "office");
		handling.assign(CurrentStaff.require(), id, Set.of(unit("法规处")));

		on(2026, 9, 15);
		SignedIn.as(staff, "handler");
		handling.requestCorrection(CurrentStaff.require(), id, "请写明所需文件的年份和文号", LocalDate.of(2026, 9, 25));
		assertThat(applications.track(receipt.trackingNumber(), receipt.queryCode()).clock().stopped()).isTrue();

		TrackingView awaiting = applications.track(receipt.trackingNumber(), receipt.queryCode());
		assertThat(awaiting.awaitedCorrection().whatToCorrect()).isEqualTo("请写明所需文件的年份和文号");
		assertThat(awaiting.awaitedCorrection().correctBy()).isEqualTo(LocalDate.of(2026, 9, 25));

		on(2026, 9, 17);
		SignedIn.signOut();
		TrackingView corrected = applications.correct(receipt.trackingNumber(), receipt.queryCode(),
				List.of(new ApplicationForm.Item("2026年就业补助资金分配的通知", "湘财社〔2026〕12号")), "已补充文号");
		assertThat(corrected.items()).extracting(TrackingView.TrackedItem::documentNumber).containsExactly("湘财社〔2026〕12号");
		assertThat(corrected.awaitedCorrection()).isNull();
		SignedIn.as(staff, "handler");

		on(2026, 10, 12);
		handling.startConsultation(CurrentStaff.require(), id, StopKind.THIRD_PARTY, "湖南某人力资源服务有限公司");
		on(2026, 10, 16);
		long stopId = handling.view(CurrentStaff.require(), id).stops().stream().filter(CaseView.StopView::open).findFirst().orElseThrow().id();
		handling.recordConsultationAnswer(CurrentStaff.require(), id, stopId, LocalDate.of(2026, 10, 16), ConsultationOutcome.OBJECTED,
				"涉及企业经营信息");

		on(2026, 10, 19);
		handling.proposeExtension(CurrentStaff.require(), id, 20, "涉及多个处室，需协调");
		SignedIn.as(staff, "officehead");
		handling.decideExtension(CurrentStaff.require(), id, true);

		ClockStatement clockStatement = applications.track(receipt.trackingNumber(), receipt.queryCode()).clock();
		// Restarted on 17 Sep; 13 days used by 12 Oct; 13-16 Oct not counted; 27 more to 24 Nov.
		assertThat(clockStatement.clockStart()).isEqualTo(LocalDate.of(2026, 9, 17));
		assertThat(clockStatement.restartedByCorrection()).isTrue();
		assertThat(clockStatement.allowedDays()).isEqualTo(40);
		assertThat(clockStatement.dueDate()).isEqualTo(LocalDate.of(2026, 11, 24));
		assertThat(clockStatement.stops()).extracting(ClockStatement.Stop::kind, ClockStatement.Stop::workingDaysNotCounted)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(StopKind.THIRD_PARTY, 4));
		assertThat(clockStatement.holidays()).extracting(SkippedDay::date)
			.containsExactly(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 26), LocalDate.of(2026, 9, 27),
					LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 3),
					LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
					LocalDate.of(2026, 10, 7));
		assertThat(clockStatement.makeUpWorkdays()).extracting(DayInfo::date)
			.containsExactly(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));

		on(2026, 10, 23);
		SignedIn.as(staff, "handler");
		long itemId = handling.view(CurrentStaff.require(), id).items().get(0).id();
		handling.decide(CurrentStaff.require(), id, itemId, ReplyType.PARTLY_DISCLOSED, Ground.THIRD_PARTY_RIGHTS, "企业经营信息不予公开", List.of());
		handling.reply(CurrentStaff.require(), id, "答复告知书正文");

		TrackingView tracked = applications.track(receipt.trackingNumber(), receipt.queryCode());
		assertThat(tracked.status()).isEqualTo(RequestStatus.ANSWERED);
		assertThat(tracked.items()).extracting(TrackingView.TrackedItem::reply).containsExactly(ReplyType.PARTLY_DISCLOSED);
		assertThat(tracked.clock().workingDaysUsed()).as("13 before the consultation, 5 after").isEqualTo(18);
		assertThat(tracked.clock().repliedLate()).isFalse();
		assertThat(tracked.timeline()).extracting(TrackingView.Line::type)
			.containsExactly(TimelineType.RECEIVED, TimelineType.CORRECTION_REQUESTED, TimelineType.CORRECTED,
					TimelineType.CONSULTATION_STARTED, TimelineType.CONSULTATION_ANSWERED, TimelineType.EXTENDED,
					TimelineType.REPLIED);
		assertThat(tracked.timeline()).extracting(TrackingView.Line::note)
			.noneMatch(note -> note != null && note.contains("湖南某人力资源服务有限公司"));
	}

	@Test
	void aCorrectionAfterSevenWorkingDaysIsRefusedWithTheArticle() {
		on(2026, 9, 14);
		Receipt receipt = applications.apply(person("2025年度工资指导线文件", null), null);
		long id = idOf(receipt);
		SignedIn.as(staff, "office");
		// The 7th working day after 14 Sep is 22 Sep (Sunday 20 Sep is a make-up working day).
		on(2026, 9, 23);
		assertThatThrownBy(() -> handling.requestCorrection(CurrentStaff.require(), id, "补充文号", null)).isInstanceOf(RuleViolation.class)
			.extracting(ex -> ((RuleViolation) ex).messageKey())
			.isEqualTo("request.correction.late");
		assertThat(handling.view(CurrentStaff.require(), id).status()).isEqualTo(RequestStatus.RECEIVED);
	}

	@Test
	void aSecondExtensionIsRefusedAndAnOnlineApplicationOnAHolidayIsReceivedOnTheNextWorkingDay() {
		on(2026, 10, 3);
		Receipt receipt = applications.apply(person("国庆期间提交的申请", null), null);
		assertThat(receipt.receivedOn()).as("the next working day after the National Day break")
			.isEqualTo(LocalDate.of(2026, 10, 8));
		long id = idOf(receipt);
		on(2026, 10, 9);
		SignedIn.as(staff, "office");
		handling.proposeExtension(CurrentStaff.require(), id, 10, "需要调取档案");
		SignedIn.as(staff, "officehead"); // four eyes: not the member who proposed it
		handling.decideExtension(CurrentStaff.require(), id, true);
		SignedIn.as(staff, "office");
		assertThatThrownBy(() -> handling.proposeExtension(CurrentStaff.require(), id, 5, "再次延期")).isInstanceOf(RuleViolation.class)
			.extracting(ex -> ((RuleViolation) ex).messageKey())
			.isEqualTo("request.extension.once");
	}

	@Test
	void noFeeIsChargedForAnApplicationReceivedBeforeTheFeeRulesTookEffect() {
		on(2020, 6, 1);
		Receipt receipt = applications.apply(person("2019年度养老保险统计年报全部附表", null), null);
		long id = idOf(receipt);
		SignedIn.as(staff, "office");
		assertThatThrownBy(() -> handling.noticeFee(CurrentStaff.require(), id, FeeBasis.PER_PAGE, 150)).isInstanceOf(RuleViolation.class)
			.extracting(ex -> ((RuleViolation) ex).messageKey())
			.isEqualTo("request.fee.rules");
		assertThat(handling.view(CurrentStaff.require(), id).actions().noticeFee()).isFalse();
		handling.recordWithdrawal(CurrentStaff.require(), id, LocalDate.of(2020, 6, 1));
	}

	@Test
	void theSameFormKeyTwiceIsOneApplication() {
		Receipt first = applications.apply(person("重复提交测试", null), "form-key-1");
		Receipt second = applications.apply(person("重复提交测试", null), "form-key-1");
		assertThat(second.trackingNumber()).isEqualTo(first.trackingNumber());
		assertThat(second.queryCode()).isNull();
	}

	@Test
	void aWrongQueryCodeAnswersLikeAnUnknownNumber() {
		Receipt receipt = applications.apply(person("查询码测试", null), null);
		assertThatThrownBy(() -> applications.track(receipt.trackingNumber(), "WRONGCOD"))
			.isInstanceOf(RuleViolation.class)
			.extracting(ex -> ((RuleViolation) ex).messageKey())
			.isEqualTo("request.track.notFound");
		assertThatThrownBy(() -> applications.track("YS1999-99999", receipt.queryCode()))
			.extracting(ex -> ((RuleViolation) ex).messageKey())
			.isEqualTo("request.track.notFound");
	}

	static ApplicationForm person(String item, String documentNumber) {
		return new ApplicationForm(ApplicantKind.NATURAL_PERSON, "张三", IdType.RESIDENT_ID, "430104199001011230", null,
				"13812345678", "zhangsan@example.com", "长沙市芙蓉区五一大道1号", "410000",
				List.of(new ApplicationForm.Item(item, documentNumber)), "研究就业政策", WantedForm.EMAIL, Delivery.EMAIL);
	}

	private long idOf(Receipt receipt) {
		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
		SignedIn.signOut();
		return id;
	}

	private long unit(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(CHANGSHA).toInstant());
	}

}

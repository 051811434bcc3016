package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.RequestClockScenarioTest.person;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.gongkai.common.RuleViolation;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestClockConfig;

/**
 * The clock's law where the independent check found it incomplete: corrections on 2008-rule cases, fee notices
 * after the period, and refusals that cite the rules the case follows. Dates counted on the real calendars.
 */
@GongkaiTest
class ClockLawTest {

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

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
	void aCorrectionTodayOnA2016ApplicationFollowsThe2019ProcedureAndIsRefused() {
		long id = receivedOn(2016, 3, 1, "2015年度社保基金审计报告");
		clock.set(TestClockConfig.START);
		SignedIn.as(staff, "office");
		// Today (2026-11-27) the 2019 rules are in force: 7 working days from receipt, long gone.
		assertThatThrownBy(() -> handling.requestCorrection(CurrentStaff.require(), id, "请写明年份", null))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("request.correction.late");
				assertThat(ex.arguments()).contains("《条例》第三十条");
			});
		CaseView view = handling.view(CurrentStaff.require(), id);
		assertThat(view.clock().overdue()).as("still overdue, not revived").isTrue();
		assertThat(view.clock().clockStart()).isEqualTo(LocalDate.of(2016, 3, 1));
		assertThat(view.actions().requestCorrection()).isFalse();
	}

	@Test
	void underThe2008RulesACorrectionHasNoWindowButNeverRevivesAnExpiredPeriod() {
		long late = receivedOn(2017, 3, 1, "2016年度就业专项资金分配表");
		long early = receivedOn(2017, 3, 1, "2016年度培训补贴发放明细");
		// 2008 rules: 15 working days from 1 March 2017 end on 22 March.
		on(2017, 3, 14);
		SignedIn.as(staff, "office");
		handling.requestCorrection(CurrentStaff.require(), early, "请写明所需明细的范围", null);
		assertThat(handling.view(CurrentStaff.require(), early).status()).as("9 working days after receipt: 2008 rules set no window")
			.isEqualTo(RequestStatus.AWAITING_CORRECTION);
		on(2017, 6, 1);
		assertThatThrownBy(() -> handling.requestCorrection(CurrentStaff.require(), late, "请写明年份", null))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("request.correction.expired");
				assertThat(ex.arguments()).containsExactly(LocalDate.of(2017, 3, 22), "2008年《条例》第二十四条");
			});
		assertThat(handling.view(CurrentStaff.require(), late).clock().overdue()).isTrue();
	}

	@Test
	void aFeeNoticeAfterTheProcessingPeriodIsRefused() {
		long id = receivedOn(2023, 3, 1, "2022年度全部社保待遇核定表（逐页复制）");
		on(2023, 6, 1);
		SignedIn.as(staff, "office");
		assertThatThrownBy(() -> handling.noticeFee(CurrentStaff.require(), id, FeeBasis.PER_PAGE, 150))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("request.fee.overdue"));
		CaseView view = handling.view(CurrentStaff.require(), id);
		assertThat(view.fee()).isNull();
		assertThat(view.actions().noticeFee()).isFalse();
	}

	@Test
	void aRefusedSecondExtensionOnA2008CaseCitesThe2008Article() {
		long id = receivedOn(2017, 3, 1, "2016年度人才引进名单");
		on(2017, 3, 2);
		SignedIn.as(staff, "office");
		handling.proposeExtension(CurrentStaff.require(), id, 15, "需调取档案");
		SignedIn.as(staff, "officehead");
		handling.decideExtension(CurrentStaff.require(), id, true);
		SignedIn.as(staff, "office");
		assertThatThrownBy(() -> handling.proposeExtension(CurrentStaff.require(), id, 5, "再次延期"))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("request.extension.once");
				assertThat(ex.arguments()).containsExactly("2008年《条例》第二十四条");
			});
	}

	private long receivedOn(int year, int month, int day, String item) {
		on(year, month, day);
		Receipt receipt = applications.apply(person(item, null), null);
		assertThat(receipt.receivedOn()).isEqualTo(LocalDate.of(year, month, day));
		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
		SignedIn.signOut();
		return id;
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
	}

}

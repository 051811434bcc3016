package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

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
 * A reply recorded for an earlier day reaches an applicant online only from the day it was recorded: the first
 * opening delivers it on that day or later, and a delivery by e-mail or online entered by hand may not be dated
 * before it either; a delivery by post or in person still counts from the reply's own day.
 */
@GongkaiTest
class ReplyDeliveryDayTest {

	static final ZoneId CHANGSHA = ZoneId.of("Asia/Shanghai");

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

	@Autowired
	ReplyDelivery delivery;

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
	void anOnlineDeliveryIsNeverDatedBeforeTheBackDatedReplyWasRecorded() {
		SignedIn.as(staff, "office");
		long online = register("2020年度就业见习补贴发放情况");
		long onPaper = register("2020年度创业担保贷款贴息情况");
		// Replied on 2 March, recorded on 8 March.
		on(2021, 3, 8);
		replyOn(online, LocalDate.of(2021, 3, 2));
		replyOn(onPaper, LocalDate.of(2021, 3, 2));

		assertThatThrownBy(() -> handling.recordDelivery(CurrentStaff.require(), online, Delivery.EMAIL,
				LocalDate.of(2021, 3, 4)))
			.isInstanceOf(RuleViolation.class)
			.extracting("field")
			.isEqualTo("deliveredOn");
		handling.recordDelivery(CurrentStaff.require(), onPaper, Delivery.POST, LocalDate.of(2021, 3, 4));
		assertThat(handling.view(CurrentStaff.require(), onPaper).deliveredOn()).isEqualTo(LocalDate.of(2021, 3, 4));

		on(2021, 3, 9);
		delivery.opened(online, Delivery.EMAIL);
		CaseView opened = handling.view(CurrentStaff.require(), online);
		assertThat(opened.deliveredBy()).isEqualTo(Delivery.EMAIL);
		assertThat(opened.deliveredOn()).isEqualTo(LocalDate.of(2021, 3, 9));
	}

	private long register(String item) {
		on(2021, 3, 1);
		ApplicationForm form = new ApplicationForm(ApplicantKind.NATURAL_PERSON, "赵六", IdType.RESIDENT_ID,
				"430102198503150022", null, "13912345678", "zhao@example.com", "长沙市天心区", null,
				List.of(new ApplicationForm.Item(item, null)), null, WantedForm.EMAIL, Delivery.EMAIL);
		Receipt receipt = applications.register(CurrentStaff.require(), form, Channel.IN_PERSON,
				LocalDate.of(2021, 3, 1));
		return handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
	}

	private void replyOn(long id, LocalDate day) {
		for (CaseView.ItemView item : handling.view(CurrentStaff.require(), id).items()) {
			handling.decide(CurrentStaff.require(), id, item.id(), ReplyType.DISCLOSED, null, null, List.of(), day);
		}
		handling.reply(CurrentStaff.require(), id, "答复告知书", day);
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(CHANGSHA).toInstant());
	}

}

package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import jakarta.persistence.EntityManagerFactory;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.SignedIn;
import org.gongkai.support.TestClockConfig;

/**
 * The home page's figures of the year (本年度依申请公开情况): an answer within the period counts as on time, a late
 * one does not, and the figures are counted in the database, not by loading the year's applications.
 */
@GongkaiTest
class ApplicationFiguresTest {

	static final ZoneId CHANGSHA = ZoneId.of("Asia/Shanghai");

	@Autowired
	ApplicationFigures figures;

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@Autowired
	EntityManagerFactory entityManagers;

	@AfterEach
	void reset() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
	}

	@Test
	void anAnswerWithinThePeriodIsOnTimeALateOneIsNotAndNothingIsLoadedToCountThem() {
		SignedIn.as(staff, "office");
		on(2026, 11, 27);
		long prompt = register("2026年技工院校招生计划");
		long late = register("2026年职业技能等级认定机构名单");
		ApplicationFigures.Year before = figures.thisYear();

		reply(prompt);
		on(2026, 12, 29);
		reply(late);

		Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
		boolean was = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		ApplicationFigures.Year after;
		try {
			after = figures.thisYear();
			assertThat(statistics.getEntityStatistics(DisclosureRequest.class.getName()).getLoadCount())
				.as("the year's answers counted in the database").isZero();
		}
		finally {
			statistics.setStatisticsEnabled(was);
		}
		assertThat(after.answered() - before.answered()).isEqualTo(2);
		assertThat(after.answeredOnTime() - before.answeredOnTime()).as("due in December, answered on 29 December")
			.isEqualTo(1);
		assertThat(after.updatedOn()).as("the latest answer counts, not only receipts").isAfterOrEqualTo(LocalDate.of(2026, 12, 29));
	}

	private long register(String item) {
		Receipt receipt = applications.register(CurrentStaff.require(), StatisticsScenario.person(item),
				Channel.IN_PERSON, LocalDate.now(clock));
		return handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
	}

	private void reply(long id) {
		for (CaseView.ItemView item : handling.view(CurrentStaff.require(), id).items()) {
			handling.decide(CurrentStaff.require(), id, item.id(), ReplyType.DISCLOSED, null, null, List.of(), null);
		}
		handling.reply(CurrentStaff.require(), id, "答复告知书", null);
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(CHANGSHA).toInstant());
	}

}

package org.gongkai.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongkai.calendar.WorkingDays;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.TestClockConfig;

/**
 * The demo cases as staff meet them on the day the demo was loaded: one in every state (a suspended, a refused and
 * an overdue one among them), on the department's licensing items, each step on a working day, in order, none after
 * that day. Only the demo's applicants are read (other tests add their own cases).
 */
@GongkaiTest
class DemoApprovalsTest {

	private static final LocalDate LOADED_ON = LocalDate.ofInstant(TestClockConfig.START, ZoneId.of("Asia/Shanghai"));

	private static final String DEMO = "applicant_name in ('湖南才聚人力资源有限公司', '长沙职通人才服务有限公司', '湖南恒信劳务派遣有限公司', "
			+ "'株洲湘瑞劳务服务有限公司', '湖南云聘网络科技有限公司', '衡阳众力劳务派遣有限公司', '张伟', '湖南智联英才咨询有限公司', "
			+ "'岳阳鑫达劳务有限公司', '湖南长城劳务派遣有限公司', '常德同心劳务服务有限公司')";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingDays workingDays;

	@Test
	void theDemoHasACaseInEveryStateOnTheLicensingItems() {
		List<String> states = jdbc.queryForList("select distinct state from approval_case where " + DEMO, String.class);
		assertThat(states).containsExactlyInAnyOrder("RECEIVED", "NOT_ACCEPTED", "ACCEPTED", "UNDER_REVIEW", "DECIDED",
				"DELIVERED");
		assertThat(jdbc.queryForObject("select count(*) from approval_case where suspended = true and " + DEMO,
				Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from approval_case where approved = false and " + DEMO,
				Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from approval_case where state in ('ACCEPTED', 'UNDER_REVIEW') "
				+ "and suspended = false and promised_due < ? and " + DEMO, Long.class, Date.valueOf(LOADED_ON)))
			.as("one overdue").isEqualTo(1);
		assertThat(jdbc.queryForList("select distinct item_name from approval_case where " + DEMO, String.class))
			.contains("劳务派遣经营许可");
	}

	@Test
	void demoStepsFallOnWorkingDaysInOrderAndNoneAfterTheDayTheDemoWasLoaded() {
		List<Map<String, Object>> rows = jdbc.queryForList("select received_on, accepted_on, not_accepted_on, "
				+ "review_started_on, decided_on, delivered_on from approval_case where " + DEMO);
		assertThat(rows).hasSize(11);
		for (Map<String, Object> row : rows) {
			LocalDate previous = null;
			for (String column : List.of("received_on", "not_accepted_on", "accepted_on", "review_started_on",
					"decided_on", "delivered_on")) {
				if (row.get(column) == null) {
					continue;
				}
				LocalDate day = ((Date) row.get(column)).toLocalDate();
				assertThat(workingDays.isWorkingDay(day)).as(column + " " + day).isTrue();
				assertThat(day).isBeforeOrEqualTo(LOADED_ON);
				if (previous != null) {
					assertThat(day).as(column).isAfterOrEqualTo(previous);
				}
				previous = day;
			}
		}
	}

}

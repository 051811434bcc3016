package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.support.GongkaiTest;
import org.gongkai.support.SignedIn;

/**
 * Table B of a year with thousands of applications is counted by the database: the year's figures are right and not
 * one application is loaded to count them (Hibernate's statistics), so a year of 100,000 costs a few grouped counts.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsCountsTest {

	static final int YEAR = 2016;

	/** Per applicant kind: 500 applications received in 2016, so 3,000 in all. */
	static final int PER_KIND = 500;

	@Autowired
	RequestStatistics statistics;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	UserDetailsService staff;

	AnnualStatistics before;

	@BeforeAll
	void loadAYear() {
		SignedIn.as(staff, "office");
		before = statistics.annual(CurrentStaff.require(), YEAR);
		SignedIn.signOut();
		List<Object[]> rows = new ArrayList<>();
		Timestamp registered = Timestamp.from(Instant.parse("2016-03-01T02:00:00Z"));
		for (int i = 0; i < PER_KIND * ApplicantKind.values().length; i++) {
			ApplicantKind kind = ApplicantKind.values()[i % ApplicantKind.values().length];
			// Natural persons and public welfare organisations were given the information, commercial enterprises and
			// legal service providers withdrew, the others were concluded only in 2017 (carried forward).
			String[] concluded = switch (kind.ordinal() % 3) {
				case 0 -> new String[] { "2016-05-03", "ANSWERED", "DISCLOSED" };
				case 1 -> new String[] { "2016-06-01", "WITHDRAWN", "OTHER" };
				default -> new String[] { "2017-01-10", "WITHDRAWN", "OTHER" };
			};
			Date on = Date.valueOf(concluded[0]);
			rows.add(new Object[] { "BULK2016-" + i, kind.name(), registered, "ANSWERED".equals(concluded[1]) ? on : null,
					on, concluded[1], concluded[2], on });
		}
		jdbc.batchUpdate("insert into disclosure_request (tracking_number, query_code_hash, channel, submitted_at, "
				+ "received_on, clock_start, rules, status, applicant_kind, applicant_name, id_number, wanted_form, "
				+ "delivery, replied_on, closed_on, closure, report_row, counted_on) values (?, 'hash', 'IN_PERSON', "
				+ "?, DATE '2016-03-01', DATE '2016-03-01', 'R2019', 'CLOSED', ?, '申请人', '430100', 'PAPER', "
				+ "'COLLECT_IN_PERSON', ?, ?, ?, ?, ?)",
				rows.stream().map(r -> new Object[] { r[0], r[2], r[1], r[3], r[4], r[5], r[6], r[7] }).toList());
	}

	@AfterAll
	void removeTheYear() {
		jdbc.update("delete from disclosure_request where tracking_number like 'BULK2016-%'");
	}

	@Test
	void aYearOfThousandsIsCountedWithoutLoadingOneApplication() {
		Statistics hibernate = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		hibernate.setStatisticsEnabled(true);
		hibernate.clear();
		SignedIn.as(staff, "office");
		AnnualStatistics after;
		try {
			after = statistics.annual(CurrentStaff.require(), YEAR);
		}
		finally {
			SignedIn.signOut();
			hibernate.setStatisticsEnabled(false);
		}
		assertThat(hibernate.getEntityStatistics(DisclosureRequest.class.getName()).getLoadCount()).isZero();
		assertThat(hibernate.getEntityStatistics(RequestedItem.class.getName()).getLoadCount()).isZero();

		TableB was = before.tableB();
		TableB is = after.tableB();
		assertThat(is.received().total() - was.received().total()).isEqualTo(3000);
		for (ApplicantKind kind : ApplicantKind.values()) {
			assertThat(is.received().get(kind) - was.received().get(kind)).as(kind.name()).isEqualTo(PER_KIND);
			int disclosed = kind.ordinal() % 3 == 0 ? PER_KIND : 0;
			int withdrawn = kind.ordinal() % 3 == 1 ? PER_KIND : 0;
			int carried = kind.ordinal() % 3 == 2 ? PER_KIND : 0;
			assertThat(is.result(ReportRow.DISCLOSED).get(kind) - was.result(ReportRow.DISCLOSED).get(kind))
				.as(kind.name()).isEqualTo(disclosed);
			assertThat(is.result(ReportRow.OTHER).get(kind) - was.result(ReportRow.OTHER).get(kind)).as(kind.name())
				.isEqualTo(withdrawn);
			assertThat(is.concluded().get(kind) - was.concluded().get(kind)).as(kind.name())
				.isEqualTo(disclosed + withdrawn);
			assertThat(is.carriedForward().get(kind) - was.carriedForward().get(kind)).as(kind.name())
				.isEqualTo(carried);
		}
		assertThat(is.carriedOver()).isEqualTo(was.carriedOver());
		assertThat(after.consistent()).isEqualTo(before.consistent());
	}

	@Test
	void theMedianOfAHistogramIsTheMedianOfItsValuesSpelledOut() {
		SortedMap<Integer, Integer> counts = new TreeMap<>();
		assertThat(Performance.median(counts)).isNull();
		counts.put(3, 2);
		counts.put(7, 1);
		assertThat(Performance.median(counts)).isEqualTo(Performance.median(List.of(3, 3, 7))).isEqualTo(3.0);
		counts.put(10, 1);
		assertThat(Performance.median(counts)).isEqualTo(Performance.median(List.of(3, 3, 7, 10))).isEqualTo(5.0);
	}

}

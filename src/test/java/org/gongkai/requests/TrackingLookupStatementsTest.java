package org.gongkai.requests;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracking lookup reads an application's columns, not its entity ({@link TrackingReads}: four fixed statements
 * however long its timeline, however many its items and stops; issue 16's tracking speed). Counted with Hibernate's
 * statistics, for the entity and the collections of the requests module, so that the audit appender's and the
 * calendar's statements meanwhile do not count.
 */
@GongkaiTest
class TrackingLookupStatementsTest {

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

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@AfterEach
	void reset() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
		statistics().setStatisticsEnabled(false);
	}

	@Test
	void aLookupReadsNoEntityHoweverManyEntriesItsApplicationHolds() {
		on(2026, 11, 2);
		Receipt plain = applications.apply(StatisticsScenario.person("2026年度就业补助资金分配表"), null);
		Receipt busy = applications.apply(new ApplicationForm(ApplicantKind.NATURAL_PERSON, "赵六", IdType.RESIDENT_ID,
				"430102198503150022", null, "13912345678", null, "长沙市天心区", null,
				Stream.of("失业保险金标准", "最低工资标准", "职业培训补贴目录")
					.map(item -> new ApplicationForm.Item(item, null))
					.toList(),
				null, WantedForm.PAPER, Delivery.POST), null);
		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), busy.trackingNumber());
		handling.assign(CurrentStaff.require(), id, Set.of(unit("法规处")));
		SignedIn.as(staff, "handler");
		consult(id, LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 5));
		consult(id, LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 9));
		SignedIn.signOut();

		Lookup few = lookup(plain);
		Lookup many = lookup(busy);

		assertThat(many.view().timeline()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(many.view().items()).hasSize(3);
		assertThat(many.view().clock().stops()).hasSize(2);
		assertThat(few.view().items()).hasSize(1);
		assertThat(many.entityReads()).as("neither the application nor any of its collections loaded as entities")
			.isZero();
		assertThat(few.entityReads()).isZero();
	}

	private record Lookup(TrackingView view, long entityReads) {
	}

	/** One lookup, after one that read what is kept across lookups (the calendar). */
	private Lookup lookup(Receipt receipt) {
		applications.track(receipt.trackingNumber(), receipt.queryCode());
		Statistics statistics = statistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		TrackingView view = applications.track(receipt.trackingNumber(), receipt.queryCode());
		long reads = Stream.of(statistics.getCollectionRoleNames())
			.filter(role -> role.startsWith(DisclosureRequest.class.getName() + "."))
			.mapToLong(role -> statistics.getCollectionStatistics(role).getFetchCount())
			.sum() + statistics.getEntityStatistics(DisclosureRequest.class.getName()).getLoadCount()
				+ statistics.getEntityStatistics(DisclosureRequest.class.getName()).getFetchCount();
		statistics.setStatisticsEnabled(false);
		return new Lookup(view, reads);
	}

	private void consult(long id, LocalDate from, LocalDate answered) {
		on(from.getYear(), from.getMonthValue(), from.getDayOfMonth());
		handling.startConsultation(CurrentStaff.require(), id, StopKind.THIRD_PARTY, "湖南某人力资源服务有限公司");
		on(answered.getYear(), answered.getMonthValue(), answered.getDayOfMonth());
		List<CaseView.StopView> stops = handling.view(CurrentStaff.require(), id).stops();
		long stopId = stops.stream().filter(CaseView.StopView::open).findFirst().orElseThrow().id();
		handling.recordConsultationAnswer(CurrentStaff.require(), id, stopId, answered, ConsultationOutcome.CONSENTED,
				null);
	}

	private Statistics statistics() {
		return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	private long unit(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
	}

}

package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongkai.calendar.CalendarChanged;
import org.gongkai.calendar.DueDate;
import org.gongkai.calendar.StoppedSpan;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.WorkingDays;
import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.support.MailTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.SignedIn;
import org.gongkai.support.SmtpServer;
import org.gongkai.support.TestClockConfig;

/**
 * The clock's state stored with the application: every step stores it, a calendar change (the event, handled after
 * its commit) recomputes it for the open applications it can reach and tells an applicant whose due date moved (timeline and e-mail), and a proposed
 * calendar's preview counts the due dates it would move. Dates counted on the 2026 calendar: December has no
 * holiday, so 20 working days from Tuesday 1 December end on Tuesday 29 December.
 */
@MailTest
class ClockStateTest {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	static final LocalDate DAY_OFF = LocalDate.of(2026, 12, 15);

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

	@Autowired
	RequestRepository requests;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ApplicationDeadlines deadlines;

	@Autowired
	ClockStateBackfill backfill;

	/** The calendar's rows, changed as an office's edit would change them (the module's facade is its own). */
	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingDays workingDays;

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
	void everyStepStoresTheClockWithTheApplication() {
		on(2026, 12, 1);
		Receipt receipt = applications.apply(form("clock-step@example.com"), null);
		long id = idOf(receipt);
		assertThat(stored(id).dueOn()).isEqualTo(LocalDate.of(2026, 12, 29));
		assertThat(stored(id).clockStopped()).isFalse();

		SignedIn.as(staff, "office");
		handling.assign(CurrentStaff.require(), id, Set.of(unit("法规处")));
		on(2026, 12, 3);
		SignedIn.as(staff, "handler");
		handling.requestCorrection(CurrentStaff.require(), id, "请写明文件的年份", LocalDate.of(2026, 12, 10));
		assertThat(stored(id).dueOn()).as("no due date while the clock stands").isNull();
		assertThat(stored(id).clockStopped()).isTrue();

		on(2026, 12, 8);
		handling.recordCorrection(CurrentStaff.require(), id, LocalDate.of(2026, 12, 8));
		// The period restarts in full from Tuesday 8 December: 20 working days end on Wednesday 6 January 2027, New
		// Year's Day (a Friday) being a statutory rest day although the 2027 notice is not loaded: provisional.
		assertThat(stored(id).dueOn()).isEqualTo(LocalDate.of(2027, 1, 6));
		assertThat(stored(id).dueProvisional()).isTrue();
		assertThat(stored(id).clockStopped()).isFalse();
		handling.recordWithdrawal(CurrentStaff.require(), id, LocalDate.of(2026, 12, 8));
	}

	@Test
	void rowsOlderThanTheStoredClockGetItOnceAtStartUp() {
		on(2026, 12, 1);
		Receipt receipt = applications.apply(form("clock-fill@example.com"), null);
		long id = idOf(receipt);
		// As the migration leaves a row that existed before the columns: no clock stored yet.
		jdbc.update("update disclosure_request set due_on = null, clock_running = false, clock_as_of = null "
				+ "where id = ?", id);
		assertThat(stored(id).dueOn()).isNull();

		assertThat(backfill.fill()).isEqualTo(1);
		assertThat(stored(id).dueOn()).isEqualTo(LocalDate.of(2026, 12, 29));
		assertThat(stored(id).clockRunning()).isTrue();
		assertThat(backfill.fill()).as("idempotent: nothing left to fill").isZero();
		assertThat(applications.track(receipt.trackingNumber(), receipt.queryCode()).timeline())
			.as("filling in is no move to tell the applicant of")
			.noneMatch(line -> line.type() == TimelineType.DUE_DATE_MOVED);
	}

	@Test
	void aCalendarChangeMovesTheDueDatesItReachesAndTellsTheirApplicantsOnly() {
		on(2026, 12, 1);
		SignedIn.as(staff, "office");
		// Received Monday 2 November: due on 30 November, before the changed day.
		Receipt before = applications.register(CurrentStaff.require(), form("clock-before@example.com"),
				Channel.IN_PERSON, LocalDate.of(2026, 11, 2));
		SignedIn.signOut();
		long movedBefore = deadlines.moved(withDayOff(), DAY_OFF);
		Receipt reached = applications.apply(form("clock-reached@example.com"), null);
		assertThat(reached.dueDate()).isEqualTo(LocalDate.of(2026, 12, 29));
		assertThat(deadlines.moved(withDayOff(), DAY_OFF)).as("the preview counts the application it would move")
			.isEqualTo(movedBefore + 1);

		changeCalendar("insert into calendar_day (\"day\", kind, name) values (?, 'holiday', '测试调休')");
		try {
			await().atMost(PATIENCE)
				.until(() -> LocalDate.of(2026, 12, 30).equals(stored(idOf(reached)).dueOn()));
			assertThat(applications.track(reached.trackingNumber(), reached.queryCode()).timeline())
				.filteredOn(line -> line.type() == TimelineType.DUE_DATE_MOVED)
				.singleElement()
				.satisfies(line -> assertThat(line.note()).isEqualTo("2026-12-29 → 2026-12-30"));
			await().atMost(PATIENCE).until(() -> !movedMails("clock-reached@example.com").isEmpty());

			assertThat(stored(idOf(before)).dueOn()).isEqualTo(before.dueDate());
			assertThat(applications.track(before.trackingNumber(), before.queryCode()).timeline())
				.noneMatch(line -> line.type() == TimelineType.DUE_DATE_MOVED);
			assertThat(movedMails("clock-before@example.com")).isEmpty();
		}
		finally {
			changeCalendar("delete from calendar_day where \"day\" = ?");
			await().atMost(PATIENCE)
				.until(() -> LocalDate.of(2026, 12, 29).equals(stored(idOf(reached)).dueOn()));
		}
	}

	/** Changes the calendar's row of {@link #DAY_OFF} and announces it, as the calendar module does. */
	private void changeCalendar(String sql) {
		transactions.executeWithoutResult(status -> {
			jdbc.update(sql, DAY_OFF);
			events.publishEvent(new CalendarChanged(DAY_OFF, DAY_OFF));
		});
	}

	/** The live calendar with {@link #DAY_OFF} a rest day, as a holiday notice would propose it. */
	private WorkingDayCalendar withDayOff() {
		StoppedSpan off = new StoppedSpan(DAY_OFF.minusDays(1), DAY_OFF);
		return new WorkingDayCalendar() {
			@Override
			public DueDate dueDate(LocalDate from, int days, List<StoppedSpan> stopped) {
				return workingDays.dueDate(from, days, with(stopped, from));
			}

			@Override
			public int workingDaysBetween(LocalDate from, LocalDate to, List<StoppedSpan> stopped) {
				return workingDays.workingDaysBetween(from, to, with(stopped, from));
			}

			private List<StoppedSpan> with(List<StoppedSpan> stopped, LocalDate from) {
				return from.isBefore(DAY_OFF) ? java.util.stream.Stream.concat(stopped.stream(), java.util.stream.Stream.of(off)).toList()
						: stopped;
			}
		};
	}

	private List<MimeMessage> movedMails(String address) {
		return Arrays.stream(SmtpServer.greenMail().getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address))
						&& m.getSubject().contains("答复期限随之变更");
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private DisclosureRequest stored(long id) {
		return requests.findById(id).orElseThrow();
	}

	private long idOf(Receipt receipt) {
		return requests.findByTrackingNumber(receipt.trackingNumber()).orElseThrow().id();
	}

	private static ApplicationForm form(String email) {
		return new ApplicationForm(ApplicantKind.NATURAL_PERSON, "王五", IdType.RESIDENT_ID, "430104199001011230", null,
				"13812345678", email, null, null, List.of(new ApplicationForm.Item("2026年就业补助资金分配文件", null)),
				null, WantedForm.EMAIL, Delivery.EMAIL);
	}

	private long unit(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(RequestClockScenarioTest.CHANGSHA)
			.toInstant());
	}

}

package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.gongkai.identity.CurrentStaff;
import org.gongkai.identity.UnitManagement;
import org.gongkai.identity.UnitView;
import org.gongkai.support.MailTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.SignedIn;
import org.gongkai.support.SmtpServer;
import org.gongkai.support.TestClockConfig;

/**
 * Deadline reminders through a real SMTP client to an in-process server: five working days before, on the day and
 * once overdue, and a stop whose deadline passed, to the handler of the assigned unit and the disclosure office, each
 * only once (also when two nodes run the job at once), in one digest per recipient and day; and the applicant's
 * acknowledgement by e-mail.
 */
@MailTest
class RequestRemindersTest {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	Applications applications;

	@Autowired
	CaseHandling handling;

	@Autowired
	RequestReminders reminders;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService staff;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void reset() {
		SignedIn.signOut();
		clock.set(TestClockConfig.START);
	}

	@Test
	void handlersAndTheOfficeAreRemindedBeforeOnAndAfterTheDueDateOnceEach() throws Exception {
		on(2026, 10, 12);
		ApplicationForm form = RequestClockScenarioTest.person("提醒测试：2026年职业技能提升补贴发放名单", null);
		Receipt receipt = applications.apply(form, null);
		// Received Monday 12 Oct; 20 working days end on Monday 9 Nov.
		assertThat(receipt.dueDate()).isEqualTo(LocalDate.of(2026, 11, 9));
		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
		handling.assign(CurrentStaff.require(), id, Set.of(unit("法规处")));
		SignedIn.signOut();

		on(2026, 11, 2);
		reminders.remind();
		reminders.remind();
		List<MimeMessage> before = awaitMails(receipt.trackingNumber(), 3);
		assertThat(recipients(before)).containsExactlyInAnyOrder("handler@demo.invalid", "office@demo.invalid",
				"officehead@demo.invalid");
		assertThat(body(before.get(0))).contains(receipt.trackingNumber() + "　距答复期限（2026-11-09）还有 5 个工作日");

		on(2026, 11, 9);
		reminders.remind();
		assertThat(awaitMails(receipt.trackingNumber(), 6)).map(RequestRemindersTest::body)
			.anyMatch(s -> s.contains("今天是答复期限的最后一天"));

		on(2026, 11, 10);
		reminders.remind();
		reminders.remind();
		List<MimeMessage> all = awaitMails(receipt.trackingNumber(), 9);
		assertThat(all).map(RequestRemindersTest::body).filteredOn(s -> s.contains("已超过答复期限（2026-11-09）1 个工作日"))
			.hasSize(3);
		assertThat(all).hasSize(9).as("three reminders, three recipients each, never twice");

		SignedIn.as(staff, "office");
		handling.recordWithdrawal(CurrentStaff.require(), id, LocalDate.of(2026, 11, 10));
	}

	@Test
	void eachRecipientGetsOneDigestADayListingAllTheirApplicationsMostUrgentFirst() throws Exception {
		on(2026, 9, 21);
		Applied late = applyAssigned("汇总提醒测试：2026年第三季度公共租赁住房分配结果");
		on(2026, 10, 13);
		// Received Tuesday 13 Oct: due Tuesday 10 Nov, five working days after 3 Nov.
		List<Applied> soon = List.of(applyAssigned("汇总提醒测试：2026年养老服务补贴名单"),
				applyAssigned("汇总提醒测试：2026年城乡低保资金分配表"), applyAssigned("汇总提醒测试：2026年就业见习基地名单"));

		on(2026, 11, 3);
		int sent = reminders.remind();
		assertThat(sent).isGreaterThanOrEqualTo(4);
		assertThat(storedDigests("2026-11-03")).as("one mail per recipient for the day, not one per application")
			.containsOnly(Map.entry("handler@demo.invalid", 1L), Map.entry("office@demo.invalid", 1L),
					Map.entry("officehead@demo.invalid", 1L));

		String body = body(awaitDigest("handler@demo.invalid", "2026-11-03"));
		for (Applied applied : soon) {
			assertThat(body).contains(applied.number() + "　距答复期限（2026-11-10）还有 5 个工作日")
				.contains("办理页面：http://localhost/admin/requests/" + applied.id());
		}
		assertThat(body).contains(late.number() + "　已超过答复期限");
		assertThat(body.indexOf("【已超过答复期限】")).as("overdue first").isLessThan(body.indexOf("【即将到期】"));
		assertThat(body.indexOf(late.number())).isLessThan(body.indexOf(soon.get(0).number()));
		String subject = awaitDigest("handler@demo.invalid", "2026-11-03").getSubject();
		Matcher count = Pattern.compile("：(\\d+) 件依申请公开申请需要办理").matcher(subject);
		assertThat(count.find()).as(subject).isTrue();
		assertThat(Pattern.compile("(?m)^YS\\d{4}-\\d+　").matcher(body).results().count())
			.as("the subject counts the lines").isEqualTo(Long.parseLong(count.group(1)));

		assertThat(reminders.remind()).as("a second run the same day finds everything sent").isZero();
		assertThat(storedDigests("2026-11-03").values()).containsOnly(1L);
	}

	@Test
	void twoNodesRunningAtOnceSendEachReminderOnceAndEachRecipientOneDigest() throws Exception {
		on(2026, 10, 14);
		// Received Wednesday 14 Oct: due Wednesday 11 Nov, five working days after 4 Nov.
		List<Applied> applied = List.of(applyAssigned("并发提醒测试：2026年河道治理工程招标文件"),
				applyAssigned("并发提醒测试：2026年农村公路养护资金安排"));

		on(2026, 11, 4);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch go = new CountDownLatch(1);
			Callable<Integer> run = () -> {
				go.await();
				return reminders.remind();
			};
			Future<Integer> first = nodes.submit(run);
			Future<Integer> second = nodes.submit(run);
			go.countDown();
			int sent = first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS);
			assertThat(sent).as("no reminder counted by both").isEqualTo(jdbc.queryForObject(
					"select count(*) from request_reminder where sent_at = ?", Integer.class,
					clock.instant().atOffset(ZoneOffset.UTC)));
		}
		finally {
			nodes.shutdownNow();
		}
		for (Applied one : applied) {
			assertThat(jdbc.queryForList("select kind from request_reminder where request_id = ?", String.class,
					one.id())).containsExactly("BEFORE_5");
		}
		assertThat(storedDigests("2026-11-04")).containsOnly(Map.entry("handler@demo.invalid", 1L),
				Map.entry("office@demo.invalid", 1L), Map.entry("officehead@demo.invalid", 1L));
		String body = body(awaitDigest("office@demo.invalid", "2026-11-04"));
		assertThat(body).contains(applied.get(0).number()).contains(applied.get(1).number());
	}

	@Test
	void aCorrectionNotMadeByItsDeadlineIsInTheNextDigest() throws Exception {
		on(2026, 10, 15);
		Applied applied = applyAssigned("补正提醒测试：2026年老旧小区改造项目清单");
		SignedIn.as(staff, "office");
		handling.requestCorrection(CurrentStaff.require(), applied.id(), "请写明所需项目的区县", LocalDate.of(2026, 10, 22));
		SignedIn.signOut();

		on(2026, 10, 26);
		reminders.remind();
		String body = body(awaitDigest("handler@demo.invalid", "2026-10-26"));
		assertThat(body).contains("【中止事项期限已过】")
			.contains(applied.number() + "　补正的期限（2026-10-22）已过，请恢复计时或按规定办结");
		assertThat(jdbc.queryForList("select kind from request_reminder where request_id = ?", String.class,
				applied.id())).containsExactly("STOP_CORRECTION");
	}

	@Test
	void theApplicantIsMailedTheTrackingNumberButNeverTheQueryCode() throws Exception {
		ApplicationForm form = new ApplicationForm(ApplicantKind.NATURAL_PERSON, "李四", IdType.PASSPORT, "E12345678",
				null, "13800000000", "lisi-ack@example.com", null, null,
				List.of(new ApplicationForm.Item("2026年度公务员考试录用体检标准", null)), null, WantedForm.EMAIL,
				Delivery.EMAIL);
		Receipt receipt = applications.apply(form, null);

		await().atMost(PATIENCE).until(() -> Arrays.stream(SmtpServer.greenMail().getReceivedMessages())
			.anyMatch(m -> to(m).contains("lisi-ack@example.com")));
		MimeMessage mail = Arrays.stream(SmtpServer.greenMail().getReceivedMessages())
			.filter(m -> to(m).contains("lisi-ack@example.com"))
			.findFirst()
			.orElseThrow();
		String body = (String) mail.getContent();
		assertThat(mail.getSubject()).contains(receipt.trackingNumber());
		assertThat(body).contains(receipt.trackingNumber()).contains(receipt.dueDate().toString())
			.doesNotContain(receipt.queryCode());
	}

	private Applied applyAssigned(String item) {
		Receipt receipt = applications.apply(RequestClockScenarioTest.person(item, null), null);
		SignedIn.as(staff, "office");
		long id = handling.idOf(CurrentStaff.require(), receipt.trackingNumber());
		handling.assign(CurrentStaff.require(), id, Set.of(unit("法规处")));
		SignedIn.signOut();
		return new Applied(id, receipt.trackingNumber());
	}

	/** The reminder mails of a day in the outbox, by recipient. */
	private Map<String, Long> storedDigests(String day) {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.queryForList("select recipient from outgoing_mail where purpose = 'request.reminder' and reference = ?",
				String.class, day).forEach(to -> counts.merge(to, 1L, Long::sum));
		return counts;
	}

	private MimeMessage awaitDigest(String to, String day) {
		await().atMost(PATIENCE).until(() -> digest(to, day).isPresent());
		return digest(to, day).orElseThrow();
	}

	private static Optional<MimeMessage> digest(String to, String day) {
		return Arrays.stream(SmtpServer.greenMail().getReceivedMessages())
			.filter(m -> subject(m).startsWith("【到期提醒】" + day) && to(m).contains(to))
			.findFirst();
	}

	private List<MimeMessage> awaitMails(String trackingNumber, int count) {
		await().atMost(PATIENCE).until(() -> mails(trackingNumber).size() >= count);
		return mails(trackingNumber);
	}

	private static List<MimeMessage> mails(String trackingNumber) {
		return Arrays.stream(SmtpServer.greenMail().getReceivedMessages())
			.filter(m -> subject(m).contains("到期提醒") && body(m).contains(trackingNumber))
			.toList();
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MimeMessage mail) {
		try {
			return (String) mail.getContent();
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> recipients(List<MimeMessage> mails) {
		return mails.stream().flatMap(m -> to(m).stream()).toList();
	}

	private static List<String> to(MimeMessage mail) {
		try {
			return Arrays.stream(mail.getAllRecipients()).map(Address::toString).toList();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long unit(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

	private record Applied(long id, String number) {
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(RequestClockScenarioTest.CHANGSHA)
			.toInstant());
	}

}

package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
 * once overdue, to the handler of the assigned unit and the disclosure office, each only once; and the applicant's
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
		List<MimeMessage> before = awaitMails(receipt.trackingNumber(), 2);
		assertThat(recipients(before)).containsExactlyInAnyOrder("handler@demo.invalid", "office@demo.invalid",
				"officehead@demo.invalid");
		assertThat(before.get(0).getSubject()).contains("距答复期限（2026-11-09）还有 5 个工作日");

		on(2026, 11, 9);
		reminders.remind();
		assertThat(subjects(awaitMails(receipt.trackingNumber(), 4))).anyMatch(s -> s.contains("今天是答复期限的最后一天"));

		on(2026, 11, 10);
		reminders.remind();
		reminders.remind();
		List<MimeMessage> all = awaitMails(receipt.trackingNumber(), 6);
		assertThat(subjects(all)).filteredOn(s -> s.contains("已超过答复期限")).hasSize(3);
		assertThat(all).hasSize(9).as("three reminders, three recipients each, never twice");

		SignedIn.as(staff, "office");
		handling.recordWithdrawal(CurrentStaff.require(), id, LocalDate.of(2026, 11, 10));
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

	private List<MimeMessage> awaitMails(String trackingNumber, int atLeast) {
		await().atMost(PATIENCE).until(() -> mails(trackingNumber).size() >= atLeast);
		return mails(trackingNumber);
	}

	private static List<MimeMessage> mails(String trackingNumber) {
		return Arrays.stream(SmtpServer.greenMail().getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().contains("到期提醒") && m.getSubject().contains(trackingNumber);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
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

	private static List<String> subjects(List<MimeMessage> mails) {
		return mails.stream().map(m -> {
			try {
				return m.getSubject();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private long unit(String name) {
		return units.all().stream().filter(u -> u.name().equals(name)).findFirst().map(UnitView::id).orElseThrow();
	}

	private void on(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0)).atZone(RequestClockScenarioTest.CHANGSHA)
			.toInstant());
	}

}

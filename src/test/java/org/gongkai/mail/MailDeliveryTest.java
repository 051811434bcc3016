package org.gongkai.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.gongkai.support.MailTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.gongkai.support.SmtpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails published in a transaction really go out over SMTP (GreenMail) after commit, with Chinese intact; a
 * rolled-back change sends nothing; a failure is recorded and a later retry, automatic or by hand, sends it.
 */
@MailTest
class MailDeliveryTest {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JavaMailSenderImpl sender;

	@Autowired
	MailRetry retry;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	final int port = SmtpServer.greenMail().getSmtp().getPort();

	@AfterEach
	void serverBackOnItsPort() {
		sender.setPort(port);
	}

	@Test
	void aCommittedMailArrivesWithChineseSubjectAndBodyIntact() throws Exception {
		String to = recipient();
		String body = "张三同志：\n您的政府信息公开申请已收到，编号 YSQ-2026-00001。\n查询码：7K3Q-92MX\n——湖南省人力资源和社会保障厅";
		String reference = publish(new OutgoingMail(to, "依申请公开：申请已受理（编号 YSQ-2026-00001）", body,
				"request.received", "YSQ-2026-00001-" + UUID.randomUUID()));

		MimeMessage message = awaitOne(to);
		assertThat(message.getSubject()).isEqualTo("依申请公开：申请已受理（编号 YSQ-2026-00001）");
		assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
		assertThat(((String) message.getContent()).replace("\r\n", "\n").strip()).isEqualTo(body);
		assertThat(message.getFrom()[0].toString()).isEqualTo("noreply@localhost");
		await().atMost(PATIENCE).until(() -> row(reference).get("status").equals("SENT"));
		assertThat(row(reference).get("sent_at")).isNotNull();
	}

	@Test
	void aRolledBackChangeSendsNothing() throws Exception {
		String to = recipient();
		String reference = "rolled-back-" + UUID.randomUUID();
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			events.publishEvent(new OutgoingMail(to, "不应发出", "该事务已回滚。", "test.rollback", reference));
			tx.setRollbackOnly();
		});
		assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where reference = ?", Long.class, reference))
			.isZero();

		publish(new OutgoingMail(to, "随后提交的邮件", "这一封应当发出。", "test.rollback", "marker-" + UUID.randomUUID()));
		assertThat(awaitOne(to).getSubject()).as("only the committed mail arrives").isEqualTo("随后提交的邮件");
	}

	@Test
	void aFailingServerIsRecordedAndTheNextAutomaticAttemptSendsIt() throws Exception {
		sender.setPort(closedPort());
		String to = recipient();
		String reference = publish(new OutgoingMail(to, "重试测试", "服务器恢复后发出。", "test.retry", "retry-" + UUID.randomUUID()));

		await().atMost(PATIENCE).until(() -> row(reference).get("status").equals("FAILED"));
		Map<String, Object> failed = row(reference);
		assertThat(failed.get("attempts")).isEqualTo(1);
		assertThat((String) failed.get("last_error")).contains("MailSendException");
		assertThat(failed.get("next_attempt_at")).as("retried after the backoff").isNotNull();
		assertThat(received(to)).isEmpty();

		sender.setPort(port);
		clock.advance(Duration.ofMinutes(4));
		retry.sendDue();
		assertThat(row(reference).get("status")).as("not before the backoff has passed").isEqualTo("FAILED");
		clock.advance(Duration.ofMinutes(1));
		retry.sendDue();
		assertThat(awaitOne(to).getSubject()).isEqualTo("重试测试");
		await().atMost(PATIENCE).until(() -> row(reference).get("status").equals("SENT"));
		assertThat(row(reference).get("attempts")).isEqualTo(2);
	}

	@Test
	void theDisclosureOfficeRetriesAFailedMailByHandAndTheRetryIsAudited() throws Exception {
		sender.setPort(closedPort());
		String to = recipient();
		String reference = publish(new OutgoingMail(to, "手动重发", "公开办手动重发。", "test.manual", "manual-" + UUID.randomUUID()));
		await().atMost(PATIENCE).until(() -> row(reference).get("status").equals("FAILED"));
		sender.setPort(port);
		long id = ((Number) row(reference).get("id")).longValue();

		mvc.perform(post("/admin/mail/{id}/retry", id).with(Sessions.demo(mvc, "office")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/mail/{id}/retry", id).with(csrf()).with(Sessions.demo(mvc, "office")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/mail"))
			.andExpect(flash().attributeExists("flash"));

		assertThat(awaitOne(to).getSubject()).isEqualTo("手动重发");
		await().atMost(PATIENCE).until(() -> row(reference).get("status").equals("SENT"));
		assertThat(jdbc.queryForList("select actor, summary from audit_entry where action = 'mail.retried' and object_id = ?",
				Long.toString(id)))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.get("actor")).isEqualTo("office");
				assertThat((String) entry.get("summary")).contains("test.manual").doesNotContain(to);
			});
	}

	private String publish(OutgoingMail mail) {
		new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(mail));
		return mail.reference();
	}

	private Map<String, Object> row(String reference) {
		return jdbc.queryForMap("select * from outgoing_mail where reference = ?", reference);
	}

	private static String recipient() {
		return "zhang." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	private static List<MimeMessage> received(String to) {
		return Arrays.stream(SmtpServer.greenMail().getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(address -> address.toString().equals(to));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static MimeMessage awaitOne(String to) {
		await().atMost(PATIENCE).until(() -> !received(to).isEmpty());
		List<MimeMessage> messages = received(to);
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

package org.gongkai.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Masking of recipients, the retry schedule and the outbox's state changes, without Spring. */
class MailRulesTest {

	static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

	final MailProperties properties = new MailProperties("noreply@localhost", 5, Duration.ofMinutes(5));

	@Test
	void addressesKeepTwoLettersAndTheDomain() {
		assertThat(MailAddresses.mask("zhangsan@example.com")).isEqualTo("zh***@example.com");
		assertThat(MailAddresses.mask(" li.si@mail.hunan.gov.cn ")).isEqualTo("li***@mail.hunan.gov.cn");
		assertThat(MailAddresses.mask("wang@example.com")).as("short local parts show one letter")
			.isEqualTo("w***@example.com");
		assertThat(MailAddresses.mask("a@example.com")).isEqualTo("a***@example.com");
		assertThat(MailAddresses.mask("not-an-address")).isEqualTo("n***");
	}

	@Test
	void addressesInsideAServerMessageAreMaskedToo() {
		assertThat(MailAddresses.maskWithin("550 5.1.1 <zhangsan@example.com>: Recipient address rejected"))
			.isEqualTo("550 5.1.1 <zh***@example.com>: Recipient address rejected");
	}

	@Test
	void failedAttemptsWaitLongerEachTimeAndStopAfterTheLast() {
		assertThat(properties.nextAttempt(1, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
		assertThat(properties.nextAttempt(2, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
		assertThat(properties.nextAttempt(4, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(40)));
		assertThat(properties.nextAttempt(5, NOW)).as("five attempts, then a person decides").isNull();
	}

	@Test
	void aMailIsTakenOnlyWhenDueAndNotTwiceAtOnce() {
		StoredMail mail = StoredMail.pending(new OutgoingMail("zhangsan@example.com", "主题", "正文", "test", null), NOW);
		assertThat(mail.claim(NOW, Duration.ofMinutes(5))).isTrue();
		assertThat(mail.claim(NOW, Duration.ofMinutes(5))).as("a second sender finds it taken").isFalse();
		mail.failed("connection refused", properties.nextAttempt(1, NOW));
		assertThat(mail.claim(NOW.plus(Duration.ofMinutes(4)), Duration.ofMinutes(10))).isFalse();
		assertThat(mail.claim(NOW.plus(Duration.ofMinutes(5)), Duration.ofMinutes(10))).isTrue();
		mail.sent(NOW.plus(Duration.ofMinutes(5)));
		assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
		assertThat(mail.claim(NOW.plus(Duration.ofHours(1)), Duration.ofMinutes(10))).isFalse();
	}

	@Test
	void onlyAFailedMailCanBeRetriedByHand() {
		StoredMail mail = StoredMail.notConfigured(new OutgoingMail("a@example.com", "主题", "正文", "test", null), NOW);
		assertThat(mail.retryNow(NOW)).isFalse();
		assertThat(mail.claim(NOW, Duration.ofMinutes(5))).as("never sent without a server").isFalse();
		StoredMail failed = StoredMail.pending(new OutgoingMail("a@example.com", "主题", "正文", "test", null), NOW);
		failed.claim(NOW, Duration.ofMinutes(5));
		failed.failed("refused", null);
		assertThat(failed.claim(NOW.plus(Duration.ofDays(1)), Duration.ofMinutes(5))).as("attempts used up").isFalse();
		assertThat(failed.retryNow(NOW.plus(Duration.ofDays(1)))).isTrue();
		assertThat(failed.claim(NOW.plus(Duration.ofDays(1)), Duration.ofMinutes(5))).isTrue();
	}

	@Test
	void anUnusableSenderAddressIsRefusedAtStartup() {
		assertThatThrownBy(() -> new MailProperties("not an address", 5, Duration.ofMinutes(5)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("gongkai.mail.from");
		assertThat(new MailProperties("湖南省人社厅 <noreply@example.gov.cn>", 5, Duration.ofMinutes(5)).from())
			.contains("noreply@example.gov.cn");
	}

}

package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gongkai.common.RuleViolation;

/** The rules of the reply package that need no database: something must be decided; a mailed link expires. */
class ReplyRulesTest {

	static final LocalDate DAY = LocalDate.of(2026, 11, 27);

	@Test
	void aReplyWithNoItemDecidedIsRefused() {
		DisclosureRequest empty = request();
		assertThatThrownBy(() -> ReplyPackage.requireSomethingDecided(empty)).isInstanceOf(RuleViolation.class)
			.extracting(ex -> ((RuleViolation) ex).messageKey())
			.isEqualTo("request.reply.nothingDecided");

		DisclosureRequest undecided = request();
		undecided.addItem("2026年就业补助资金分配文件", null);
		assertThatThrownBy(() -> ReplyPackage.requireSomethingDecided(undecided))
			.extracting(ex -> ((RuleViolation) ex).messageKey())
			.isEqualTo("request.reply.nothingDecided");

		undecided.items().get(0).decide(ReplyType.DISCLOSED, null, null, Set.of(), DAY, "handler");
		ReplyPackage.requireSomethingDecided(undecided);
	}

	@Test
	void aMailedLinkWorksUntilItExpiresOrIsRevoked() {
		Instant issued = Instant.parse("2026-11-27T02:00:00Z");
		ReplyLink link = new ReplyLink(1L, "0".repeat(64), issued, issued.plus(Duration.ofDays(30)));
		assertThat(link.validAt(issued.plus(Duration.ofDays(29)))).isTrue();
		assertThat(link.validAt(issued.plus(Duration.ofDays(30)))).isFalse();
		link.revoke(issued.plus(Duration.ofDays(1)));
		assertThat(link.validAt(issued.plus(Duration.ofDays(2)))).isFalse();
	}

	@Test
	void openingDeliversOnlyARepliedApplicationAskedForOnlineOrByEmail() {
		for (Delivery delivery : Delivery.values()) {
			DisclosureRequest request = request(delivery);
			assertThat(ReplyDelivery.deliversOnOpening(request)).as("not replied yet").isFalse();
			request.reply(DAY, "答复告知书");
			assertThat(ReplyDelivery.deliversOnOpening(request)).as(delivery.name())
				.isEqualTo(delivery == Delivery.EMAIL || delivery == Delivery.ONLINE);
			request.delivered(Delivery.POST, DAY);
			assertThat(ReplyDelivery.deliversOnOpening(request)).as("delivered already").isFalse();
		}
	}

	private static DisclosureRequest request() {
		return request(Delivery.EMAIL);
	}

	private static DisclosureRequest request(Delivery delivery) {
		return new DisclosureRequest("YS2026-00001", "hash", null, Channel.ONLINE, Instant.now(), DAY, RuleSet.R2019,
				null, null, WantedForm.ONLINE_DOWNLOAD, delivery, null);
	}

}

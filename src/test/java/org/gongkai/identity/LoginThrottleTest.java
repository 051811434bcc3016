package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;

import org.gongkai.identity.LoginThrottle.Refusal;
import org.gongkai.support.MutableClock;
import org.gongkai.support.TestClockConfig;
import org.junit.jupiter.api.Test;

/** The login throttle's rules with a clock the test moves: nobody elsewhere can lock the owner out. */
class LoginThrottleTest {

	static final String OWNER_AT = "198.51.100.20";

	static final String ATTACKER = "203.0.113.66";

	final MutableClock clock = new MutableClock(TestClockConfig.START, ZoneId.of("Asia/Shanghai"));

	final LoginThrottle throttle = new LoginThrottle(new SecurityProperties(
			new SecurityProperties.Lockout(5, Duration.ofMinutes(15), 30, Duration.ofMinutes(5), Duration.ofHours(1)),
			10), clock);

	@Test
	void fiveFailuresLockOutTheAddressNotTheAccount() {
		throttle.succeeded("admin", OWNER_AT);
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.refusal("admin", ATTACKER)).isEmpty();
			throttle.failed("admin", ATTACKER);
		}
		assertThat(throttle.refusal("admin", ATTACKER)).contains(Refusal.ACCOUNT_AND_ADDRESS);
		assertThat(throttle.refusal("ADMIN", ATTACKER)).as("names compare case-insensitively")
			.contains(Refusal.ACCOUNT_AND_ADDRESS);
		assertThat(throttle.refusal("admin", OWNER_AT)).as("the owner's usual address").isEmpty();
		assertThat(throttle.refusal("admin", "192.0.2.1")).as("an address new to the account waits a second")
			.contains(Refusal.ACCOUNT_DELAY);
		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.refusal("admin", ATTACKER)).as("the lock ends on time").isEmpty();
	}

	@Test
	void anAttackerKeepingUpTheGuessingCannotKeepTheOwnerOutWhereTheOwnerSignedInBefore() {
		throttle.succeeded("wang", OWNER_AT);
		for (int round = 0; round < 20; round++) {
			for (int i = 0; i < 5; i++) {
				throttle.failed("wang", ATTACKER);
			}
			assertThat(throttle.refusal("wang", OWNER_AT)).isEmpty();
			clock.advance(Duration.ofMinutes(15));
		}
	}

	@Test
	void manyAddressesTryingAFewTimesEachAreSlowedDownProgressivelyButTheOwnerIsNeverShutOut() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("li", "10.0.0." + i);
		}
		assertThat(throttle.refusal("li", "10.0.1.1")).as("a new address, the account under attack")
			.contains(Refusal.ACCOUNT_DELAY);
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.refusal("li", "10.0.1.1")).isEmpty();
		for (int i = 0; i < 30; i++) {
			throttle.failed("li", "10.0.2." + i);
		}
		assertThat(throttle.delay(35)).as("doubling up to the cap").isEqualTo(Duration.ofMinutes(5).toMillis());
		assertThat(throttle.delay(7)).isEqualTo(4000);
		clock.advance(Duration.ofMinutes(4));
		assertThat(throttle.refusal("li", "10.0.3.1")).contains(Refusal.ACCOUNT_DELAY);
		clock.advance(Duration.ofMinutes(1));
		assertThat(throttle.refusal("li", "10.0.3.1")).as("never longer than the cap: the owner gets in")
			.isEmpty();
	}

	@Test
	void oneAddressTryingManyNamesOrTokensIsStoppedAltogether() {
		for (int i = 0; i < 29; i++) {
			throttle.failed(i % 2 == 0 ? "user" + i : null, ATTACKER);
		}
		assertThat(throttle.refusal("someone-else", ATTACKER)).isEmpty();
		assertThat(throttle.failed("one-more", ATTACKER)).get()
			.extracting(LoginThrottle.Alarm::kind)
			.isEqualTo(Refusal.ADDRESS);
		assertThat(throttle.refusal("someone-else", ATTACKER)).contains(Refusal.ADDRESS);
		assertThat(throttle.refusal(null, ATTACKER)).as("API tokens too").contains(Refusal.ADDRESS);
		assertThat(throttle.refusal("someone-else", OWNER_AT)).isEmpty();
	}

	@Test
	void anUnknownNameIsThrottledLikeARealOne() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("no-such-user", ATTACKER);
		}
		assertThat(throttle.refusal("no-such-user", ATTACKER)).contains(Refusal.ACCOUNT_AND_ADDRESS);
	}

	@Test
	void alarmsAreRaisedOncePerAccountOrAddressAndPeriod() {
		assertThat(java.util.stream.IntStream.range(0, 5).mapToObj(i -> throttle.failed("zhao", "10.1.0." + i)))
			.filteredOn(java.util.Optional::isPresent)
			.hasSize(1);
		assertThat(throttle.failed("zhao", "10.1.1.1")).as("already told this hour").isEmpty();
		clock.advance(Duration.ofHours(1));
		assertThat(java.util.stream.IntStream.range(0, 5).mapToObj(i -> throttle.failed("zhao", "10.1.2." + i)))
			.as("the next hour's attack is told again")
			.filteredOn(java.util.Optional::isPresent)
			.hasSize(1);
	}

}

package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Check digits of GB 11643 and GB 32100, and masking, against published sample numbers. */
class IdentityNumbersTest {

	@Test
	void residentIdCheckDigitFollowsIso7064Mod112() {
		// The standard's own example, and one ending in X.
		assertThat(IdentityNumbers.validResidentId("11010519491231002X")).isTrue();
		assertThat(IdentityNumbers.validResidentId("440524188001010014")).isTrue();
		assertThat(IdentityNumbers.validResidentId("11010519491231002x")).as("lower-case x").isTrue();
		assertThat(IdentityNumbers.validResidentId("110105194912310021")).as("wrong check digit").isFalse();
		assertThat(IdentityNumbers.validResidentId("11010519491231002")).as("17 characters").isFalse();
		assertThat(IdentityNumbers.validResidentId("1101051949123100AX")).as("letters").isFalse();
	}

	@Test
	void creditCodeCheckCharacterUsesWeightsThreeToThePowerModThirtyOne() {
		assertThat(IdentityNumbers.validCreditCode("91350100M000100Y43")).isTrue();
		assertThat(IdentityNumbers.validCreditCode("11430000006141440U")).isTrue();
		assertThat(IdentityNumbers.validCreditCode("11430000006141440J")).as("wrong check").isFalse();
		assertThat(IdentityNumbers.validCreditCode("91350100M000100Y44")).as("wrong check").isFalse();
		assertThat(IdentityNumbers.validCreditCode("91350100I000100Y43")).as("I is not in the alphabet").isFalse();
		assertThat(IdentityNumbers.validCreditCode("9135 0100 M000 100Y 43")).as("spaces ignored").isTrue();
	}

	@Test
	void identityNumbersKeepTheirFirstSixAndLastFourCharacters() {
		assertThat(IdentityNumbers.mask("430104199001011234")).isEqualTo("430104********1234");
		assertThat(IdentityNumbers.maskPhone("13812345678")).isEqualTo("138****5678");
		assertThat(IdentityNumbers.maskEmail("zhang.san@example.com")).isEqualTo("z***@example.com");
		assertThat(IdentityNumbers.mask("E1234567")).isEqualTo("E1****67");
	}

}

package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 2020 fee schedule, at each step's edges. */
class FeesTest {

	@Test
	void perRequestTheFirstTenOfAMonthAreFreeThenHundredYuanStepsOfTen() {
		assertThat(Fees.amount(FeeBasis.PER_REQUEST, 10)).isZero();
		assertThat(Fees.amount(FeeBasis.PER_REQUEST, 11)).isEqualTo(100);
		assertThat(Fees.amount(FeeBasis.PER_REQUEST, 30)).isEqualTo(100);
		assertThat(Fees.amount(FeeBasis.PER_REQUEST, 31)).isEqualTo(200);
		assertThat(Fees.amount(FeeBasis.PER_REQUEST, 40)).isEqualTo(200);
		assertThat(Fees.amount(FeeBasis.PER_REQUEST, 41)).isEqualTo(300);
		assertThat(Fees.amount(FeeBasis.PER_REQUEST, 51)).isEqualTo(400);
	}

	@Test
	void perPageThirtyFreeThenTenTwentyAndFortyYuanAPageByBand() {
		assertThat(Fees.amount(FeeBasis.PER_PAGE, 30)).isZero();
		assertThat(Fees.amount(FeeBasis.PER_PAGE, 31)).isEqualTo(10);
		assertThat(Fees.amount(FeeBasis.PER_PAGE, 100)).isEqualTo(700);
		assertThat(Fees.amount(FeeBasis.PER_PAGE, 101)).isEqualTo(720);
		assertThat(Fees.amount(FeeBasis.PER_PAGE, 200)).isEqualTo(2700);
		assertThat(Fees.amount(FeeBasis.PER_PAGE, 201)).isEqualTo(2740);
	}

}

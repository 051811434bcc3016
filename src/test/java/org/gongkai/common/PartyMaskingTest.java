package org.gongkai.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How parties appear in public: natural persons masked, organisations in full. */
class PartyMaskingTest {

	@Test
	void aNaturalPersonsNameKeepsOnlyTheSurnameWhateverItsLength() {
		assertThat(PartyMasking.name("张三", true)).isEqualTo("张**");
		assertThat(PartyMasking.name("张三丰", true)).isEqualTo("张**");
		assertThat(PartyMasking.name(" 欧阳娜娜 ", true)).isEqualTo("欧**");
	}

	@Test
	void aNameOutsideTheBasicPlaneIsCutAtACharacterNotHalfASurrogatePair() {
		assertThat(PartyMasking.name("𠀋一", true)).isEqualTo("𠀋**");
	}

	@Test
	void aResidentIdKeepsTheRegionAndTheLastFourAndHidesTheDateOfBirth() {
		assertThat(PartyMasking.code("43010219800101123X", true)).isEqualTo("430102********123X");
	}

	@Test
	void aShortDocumentNumberKeepsOnlyItsLastTwo() {
		assertThat(PartyMasking.code("E12345678", true)).isEqualTo("*******78");
	}

	@Test
	void organisationsAreShownInFull() {
		assertThat(PartyMasking.name("湖南智联人力资源服务有限公司", false)).isEqualTo("湖南智联人力资源服务有限公司");
		assertThat(PartyMasking.code("91430100MA4L0XXX1K", false)).isEqualTo("91430100MA4L0XXX1K");
	}

}

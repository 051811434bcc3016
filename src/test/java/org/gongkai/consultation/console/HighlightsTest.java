package org.gongkai.consultation.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.consultation.console.Highlights.Segment;
import org.junit.jupiter.api.Test;

/** The moderator's marks land on the words in the original text, whatever case mapping does to its length. */
class HighlightsTest {

	@Test
	void dottedCapitalsBeforeAWordDoNotShiftTheMark() {
		assertThat(Highlights.segments("İİİİİİİİİİ代办", List.of("代办")))
			.containsExactly(new Segment("İİİİİİİİİİ", false), new Segment("代办", true));
	}

	@Test
	void caseAndWidthFoldedWordsAreMarkedInTheirOriginalForm() {
		assertThat(Highlights.segments("Ｖｘ群 STRASSE and ΣΟΦΟΣ", List.of("vx群", "straße", "σοφος")))
			.containsExactly(new Segment("Ｖｘ群", true), new Segment(" ", false), new Segment("STRASSE", true),
					new Segment(" and ", false), new Segment("ΣΟΦΟΣ", true));
		assertThat(Highlights.segments("ıi İ", List.of("I")))
			.extracting(Segment::text)
			.containsExactly("ı", "i", " ", "İ");
	}

	@Test
	void theLongerWordWinsAtTheSamePlace() {
		assertThat(Highlights.segments("刷单返利", List.of("刷单", "刷单返利")))
			.containsExactly(new Segment("刷单返利", true));
	}

}

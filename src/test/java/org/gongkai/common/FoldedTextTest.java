package org.gongkai.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Matching that ignores case and width, with offsets into the original even where folding changes lengths. */
class FoldedTextTest {

	@Test
	void dottedCapitalIFoldsToTwoCharactersButOffsetsStayInTheOriginal() {
		String text = "İİİİİİİİİİ代办";
		FoldedText.Range range = new FoldedText(text).find("代办", 0);
		assertThat(text.substring(range.start(), range.end())).isEqualTo("代办");
	}

	@Test
	void sharpSFinalSigmaFullWidthAndDotlessIMatchTheirOtherForms() {
		assertThat(new FoldedText("Straße").contains("STRASSE")).isTrue();
		assertThat(new FoldedText("ΟΔΟΣ").contains("οδος")).isTrue();
		assertThat(new FoldedText("οδός ΟΔΌΣ").find("όσ", 3)).isEqualTo(new FoldedText.Range(7, 9));
		assertThat(new FoldedText("ＡＢＣ代办").contains("abc")).isTrue();
		assertThat(new FoldedText("abc").contains("ＡＢＣ")).isTrue();
		assertThat(new FoldedText("DİYARBAKIR").contains("diyarbakir")).isTrue();
	}

	@Test
	void aMatchInsideAnExpansionCoversTheWholeOriginalCharacter() {
		String text = "xßy";
		FoldedText.Range range = new FoldedText(text).find("s", 0);
		assertThat(text.substring(range.start(), range.end())).isEqualTo("ß");
		assertThat(new FoldedText(text).find("sy", 0)).isEqualTo(new FoldedText.Range(1, 3));
	}

	@Test
	void searchingFromAnOffsetOfTheOriginal() {
		String text = "İ代办İ代办";
		assertThat(new FoldedText(text).find("代办", 2)).isEqualTo(new FoldedText.Range(4, 6));
		assertThat(new FoldedText(text).find("代办", 6)).isNull();
		assertThat(new FoldedText(text).find("", 0)).isNull();
	}

	@Test
	void supplementaryCharactersAndLoneSurrogatesAreKeptWhole() {
		String text = "\uD835\uDC00𠀀\uD800z";
		FoldedText.Range range = new FoldedText(text).find("z", 0);
		assertThat(range).isEqualTo(new FoldedText.Range(5, 6));
		assertThat(new FoldedText(text).contains("𠀀")).isTrue();
	}

}

package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlightsTest {

	private static final String O = Highlights.OPEN;

	private static final String C = Highlights.CLOSE;

	@Test
	void marksBecomeMarkTagsAndEverythingElseIsEscaped() {
		assertThat(Highlights.toHtml("<b>" + O + "就业" + C + "</b> & \"x\""))
			.isEqualTo("&lt;b&gt;<mark>就业</mark>&lt;/b&gt; &amp; &quot;x&quot;");
	}

	@Test
	void markTagsInTheDocumentTextStayText() {
		assertThat(Highlights.toHtml("<mark>x</mark><script>alert(1)</script>"))
			.isEqualTo("&lt;mark&gt;x&lt;/mark&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void marksAreAlwaysBalanced() {
		assertThat(Highlights.toHtml(O + "a" + O + "b")).isEqualTo("<mark>ab</mark>");
		assertThat(Highlights.toHtml(C + "a" + C)).isEqualTo("a");
	}

	@Test
	void aLongFragmentIsCutAroundItsFirstMatch() {
		String sentence = "甲".repeat(300) + O + "就业" + C + "乙".repeat(300);
		String cut = Highlights.around(sentence, 120);
		assertThat(cut).startsWith("…").endsWith("…").contains(O + "就业" + C);
		assertThat(cut.length()).isLessThanOrEqualTo(122);
		assertThat(Highlights.around("短句" + O + "就业" + C, 120)).isEqualTo("短句" + O + "就业" + C);
	}

	@Test
	void noFragmentIsNoHighlight() {
		assertThat(Highlights.first(List.of())).isNull();
		assertThat(Highlights.plain("a<b")).isEqualTo("a&lt;b");
	}

}

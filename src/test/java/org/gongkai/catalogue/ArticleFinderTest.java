package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Finding 第N条 in a law's text by its number, not by a string that other numbers contain. */
class ArticleFinderTest {

	private static final String LAW = String.join("\n", "第一章 总则",
			"第二条 本法适用于中华人民共和国境内的用人单位。",
			"第十二条 劳动合同分为固定期限劳动合同、无固定期限劳动合同。",
			"依照本法第二条规定订立的劳动合同，应当遵守本条规定。",
			"第二章 劳动合同的订立",
			"第二十二条 用人单位为劳动者提供专项培训费用的，可以与该劳动者订立协议。",
			"第一百二十条 本法自2008年1月1日起施行。",
			"第一百零五条 附则。");

	@Test
	void anArticleIsFoundByItsNumberNotInsideALongerNumber() {
		assertThat(ArticleFinder.find(LAW, 12)).hasValue(
				"第十二条 劳动合同分为固定期限劳动合同、无固定期限劳动合同。\n依照本法第二条规定订立的劳动合同，应当遵守本条规定。");
		assertThat(ArticleFinder.find(LAW, 120)).hasValue("第一百二十条 本法自2008年1月1日起施行。");
		assertThat(ArticleFinder.find(LAW, 22)).hasValue("第二十二条 用人单位为劳动者提供专项培训费用的，可以与该劳动者订立协议。");
		assertThat(ArticleFinder.find(LAW, 105)).hasValue("第一百零五条 附则。");
	}

	@Test
	void 第二条IsNotFoundInside第二十二条OrInAQuotation() {
		assertThat(ArticleFinder.find(LAW, 2)).hasValue("第二条 本法适用于中华人民共和国境内的用人单位。");
		String without第二条 = LAW.replace("第二条 本法适用于中华人民共和国境内的用人单位。\n", "");
		assertThat(ArticleFinder.find(without第二条, 2)).as("neither 第二十二条 nor 依照本法第二条 is article 2")
			.isEmpty();
	}

	@Test
	void anArticleEndsAtTheNextChapterHeading() {
		assertThat(ArticleFinder.find("第三条 甲。\n乙。\n第二章 其他\n丙。", 3)).hasValue("第三条 甲。\n乙。");
	}

	@Test
	void aReferenceNamesItsArticlesInOrder() {
		assertThat(ArticleFinder.articlesNamed("第五十七条第一款、第六条，第十三条")).containsExactly(57, 6, 13);
		assertThat(ArticleFinder.articlesNamed("第5条")).containsExactly(5);
		assertThat(ArticleFinder.articlesNamed("全文")).isEmpty();
	}

	@Test
	void chineseNumeralsAreReadAsLawsWriteThem() {
		assertThat(ChineseNumber.parse("十")).hasValue(10);
		assertThat(ChineseNumber.parse("十二")).hasValue(12);
		assertThat(ChineseNumber.parse("二十")).hasValue(20);
		assertThat(ChineseNumber.parse("一百二十")).hasValue(120);
		assertThat(ChineseNumber.parse("一百零五")).hasValue(105);
		assertThat(ChineseNumber.parse("两千零一")).hasValue(2001);
		assertThat(ChineseNumber.parse("１２")).hasValue(12);
		assertThat(ChineseNumber.parse("甲")).isEmpty();
	}

}

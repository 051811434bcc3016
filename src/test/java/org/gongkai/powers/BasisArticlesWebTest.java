package org.gongkai.powers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An item's legal basis shows the cited article's text, folded, where the catalogue holds the law, linked to it:
 * 劳务派遣经营许可 cites 《中华人民共和国劳动合同法》第五十七条.
 */
@GongkaiTest
class BasisArticlesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Powers powers;

	@Test
	void theItemPageShowsTheCitedArticleFoldedAndLinkedToTheLaw() throws Exception {
		String code = powers.page(new PowerFilter(PowerType.LICENSING, null, null, "劳务派遣经营许可", null), 0, 1)
			.getContent()
			.get(0)
			.code();
		String page = mvc.perform(get("/powers/{code}", code))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = page.indexOf("<details class=\"law-article\">");
		assertThat(start).as("the article is shown").isPositive();
		String article = page.substring(start, page.indexOf("</details>", start));
		assertThat(article).contains("<summary>条文内容</summary>")
			.contains("第五十七条 经营劳务派遣业务应当具备下列条件：")
			.contains("（一）注册资本不得少于人民币二百万元；")
			.contains("未经许可，任何单位和个人不得经营劳务派遣业务。")
			.doesNotContain("第五十八条")
			.containsPattern("href=\"/catalogue/documents/\\d+\"");
	}

}

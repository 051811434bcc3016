package org.gongkai.search;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Chinese on the English search page is marked as Chinese (screen readers switch voice, browsers pick fonts): the
 * hint's examples and the visitor's words repeated in the summary, which stay escaped text.
 */
@GongkaiTest
class SearchPageLanguageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theHintsExamplesAndTheRepeatedWordsAreMarkedChineseOnTheEnglishPage() throws Exception {
		mvc.perform(get("/search").param("q", "劳动合同").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("(such as &quot;<span lang=\"zh-CN\">劳动合同</span>&quot;)")))
			.andExpect(content().string(containsString("(such as <span lang=\"zh-CN\">-派遣</span>) excludes it")))
			.andExpect(content().string(containsString("results for &quot;<span lang=\"zh-CN\">劳动合同</span>&quot;, page 1 of")));
	}

	@Test
	void theRepeatedWordsStayText() throws Exception {
		mvc.perform(get("/search").param("q", "劳动合同 <i>x</i>").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span lang=\"zh-CN\">劳动合同 &lt;i&gt;x&lt;/i&gt;</span>")));
	}

	@Test
	void theChinesePageReadsAsBefore() throws Exception {
		mvc.perform(get("/search").param("q", "劳动合同"))
			.andExpect(content().string(containsString("（如 &quot;<span lang=\"zh-CN\">劳动合同</span>&quot;）须完整出现")))
			.andExpect(content().string(containsString("“<span lang=\"zh-CN\">劳动合同</span>”共找到")));
	}

}

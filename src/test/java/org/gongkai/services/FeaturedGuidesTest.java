package org.gongkai.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.gongkai.support.GongkaiTest;
import org.gongkai.support.MutableClock;
import org.gongkai.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page's 常用服务: the published guides the office chose, in its order; a place out of range or chosen by
 * anyone else than the office is refused and changes nothing.
 */
@GongkaiTest
class FeaturedGuidesTest {

	private static final String UNEMPLOYMENT = "4300000150500101";

	private static final String DISPUTES = "4300000150900101";

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceGuides guides;

	@Autowired
	MutableClock clock;

	private String block() throws Exception {
		String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		int start = home.indexOf("常用服务");
		return start < 0 ? "" : home.substring(start, home.indexOf("</ul>", start));
	}

	private void feature(String code, String place) throws Exception {
		mvc.perform(post("/admin/services/{code}/featured", code).param("order", place)
			.with(Sessions.demo(mvc, "office")).with(csrf()))
			.andExpect(redirectedUrl("/admin/services/" + code));
	}

	@Test
	void theHomePageListsTheGuidesTheOfficeChoseInItsOrder() throws Exception {
		assertThat(block()).contains("失业保险金申领").contains("href=\"/services/" + UNEMPLOYMENT + "\"")
			.doesNotContain("劳动人事争议仲裁申请");

		clock.advance(Duration.ofMinutes(5));
		feature(DISPUTES, "1");
		feature(UNEMPLOYMENT, "9");
		String block = block();
		assertThat(block).contains("劳动人事争议仲裁申请").as("six shown, place 9 is the seventh")
			.doesNotContain("失业保险金申领");
		assertThat(block.indexOf("劳动人事争议仲裁申请")).as("place 1 first").isLessThan(block.indexOf("工伤认定"));

		clock.advance(Duration.ofMinutes(5));
		feature(UNEMPLOYMENT, "1");
		feature(DISPUTES, "");
		assertThat(block()).doesNotContain("劳动人事争议仲裁申请");
	}

	@Test
	void aPlaceOutOfRangeOrAnotherMembersChoiceIsRefusedAndChangesNothing() throws Exception {
		for (String place : new String[] { "0", "100", "第一" }) {
			mvc.perform(post("/admin/services/{code}/featured", DISPUTES).param("order", place)
				.with(Sessions.demo(mvc, "office")).with(csrf()))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(post("/admin/services/{code}/featured", DISPUTES).param("order", "2")
			.with(Sessions.demo(mvc, "editor")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(guides.featuredOrder(DISPUTES)).isEmpty();
	}

}
